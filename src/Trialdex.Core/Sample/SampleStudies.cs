using System.Reflection;

namespace Trialdex.Core.Sample;

/// <summary>One bundled sample study: its id and its ClinicalTrials.gov API v2 study JSON as UTF-8.</summary>
/// <param name="Name">The study's id, which is also its file name without <c>.json</c> (an NCT id or a <c>LOCAL-</c> id).</param>
/// <param name="Utf8Json">The <c>GET /api/v2/studies/{nctId}</c> shaped record, plus a <c>trialdexSample</c> note.</param>
public sealed record SampleStudy(string Name, ReadOnlyMemory<byte> Utf8Json);

/// <summary>
/// The five trials Trialdex started from, encoded by hand from their seed pages as API v2 study JSON and embedded
/// in this assembly, so a fresh store can be filled and a study page shown without any download.
/// </summary>
public static class SampleStudies
{
    private const string ResourcePrefix = "Trialdex.Sample.";
    private const string ResourceSuffix = ".json";

    private static readonly Lazy<IReadOnlyList<SampleStudy>> Loaded = new(Load);

    /// <summary>Every bundled sample study, ordered by name.</summary>
    public static IReadOnlyList<SampleStudy> All => Loaded.Value;

    private static IReadOnlyList<SampleStudy> Load()
    {
        var assembly = typeof(SampleStudies).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new SampleStudy(
                name[ResourcePrefix.Length..^ResourceSuffix.Length],
                Read(assembly, name)))];
    }

    private static byte[] Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded sample '{resourceName}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
