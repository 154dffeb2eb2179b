using Trialdex.Core.Geo;

namespace Trialdex.Core.Tests.Geo;

/// <summary>
/// The real gazetteer the build generates from GeoNames (build/gazetteer): the file named by TRIALDEX_GAZETTEER,
/// or the one bundled with Trialdex.Core. It is never part of the repository, so tests that need it are skipped
/// with <see cref="MissingMessage"/> when neither is there.
/// </summary>
internal static class RealGazetteer
{
    private static readonly string? FromEnvironment = Environment.GetEnvironmentVariable("TRIALDEX_GAZETTEER");

    private static readonly Lazy<Gazetteer> Loaded = new(LoadFresh);

    public static bool IsAvailable => IsNamed || IsBundled;

    public static Gazetteer Value => Loaded.Value;

    /// <summary>A new copy, read from the named file or from what the build bundled.</summary>
    public static Gazetteer LoadFresh()
    {
        if (IsNamed)
        {
            return Gazetteer.Load(FromEnvironment!);
        }

        using var resource = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.ResourceName);
        return resource is not null
            ? Gazetteer.Load(resource, Gazetteer.ResourceName)
            : Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, Gazetteer.FileName));
    }

    public static string MissingMessage =>
        "The real gazetteer is absent: build it with `npm ci --prefix build/gazetteer && node build/gazetteer/convert.js "
        + "build/gazetteer/node_modules <out>/gazetteer.tsv.gz` and set TRIALDEX_GAZETTEER to that file.";

    private static bool IsNamed => !string.IsNullOrEmpty(FromEnvironment) && File.Exists(FromEnvironment);

    private static bool IsBundled =>
        typeof(Gazetteer).Assembly.GetManifestResourceInfo(Gazetteer.ResourceName) is not null
        || File.Exists(Path.Combine(AppContext.BaseDirectory, Gazetteer.FileName));
}

/// <summary>A fact that needs the real gazetteer; skipped with a message saying how to build it when it is absent.</summary>
internal sealed class RealGazetteerFactAttribute : FactAttribute
{
    public RealGazetteerFactAttribute()
    {
        if (!RealGazetteer.IsAvailable)
        {
            Skip = RealGazetteer.MissingMessage;
        }
    }
}

/// <summary>
/// A fact that needs both the real gazetteer and ../shared/data; skipped with a message when either is absent,
/// except that under CI (CI=true) missing shared data fails, as <see cref="Trialdex.Tests.SharedDataFactAttribute"/> does.
/// </summary>
internal sealed class RealGazetteerAndSharedDataFactAttribute : FactAttribute
{
    public RealGazetteerAndSharedDataFactAttribute()
    {
        if (!RealGazetteer.IsAvailable)
        {
            Skip = RealGazetteer.MissingMessage;
        }
        else if (Trialdex.Tests.SharedData.Root is null
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = Trialdex.Tests.SharedData.MissingMessage;
        }
    }
}
