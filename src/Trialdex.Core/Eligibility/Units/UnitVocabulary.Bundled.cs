using System.IO.Compression;

namespace Trialdex.Core.Eligibility.Units;

public sealed partial class UnitVocabulary
{
    /// <summary>The manifest resource the build embeds: <c>ucumDefs.min.json</c> of npm <c>@lhncbc/ucum-lhc</c>, gzipped.</summary>
    internal const string ResourceName = "Trialdex.Ucum.json.gz";

    /// <summary>The file name looked for beside the application when the resource is absent.</summary>
    public const string FileName = "ucumDefs.min.json";

    private static readonly Lazy<UnitVocabulary?> BundledVocabulary = new(LoadBundled, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The UCUM units the build bundled with Trialdex (embedded, or <see cref="FileName"/> beside the application),
    /// read once on first use; null only in a build made with <c>-p:TrialdexSkipUcum=true</c>. The constraint
    /// extractor and the unit normalizer use it whenever they are given no vocabulary.
    /// </summary>
    public static UnitVocabulary? Bundled => BundledVocabulary.Value;

    private static UnitVocabulary? LoadBundled()
    {
        using var resource = typeof(UnitVocabulary).Assembly.GetManifestResourceStream(ResourceName);
        if (resource is not null)
        {
            using var json = new GZipStream(resource, CompressionMode.Decompress);
            return Read(json, ResourceName);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        return File.Exists(beside) ? Load(beside) : null;
    }
}
