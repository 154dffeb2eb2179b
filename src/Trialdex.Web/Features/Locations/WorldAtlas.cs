using System.Collections.Frozen;
using System.Globalization;

namespace Trialdex.Web.Features.Locations;

/// <summary>
/// Country outlines from Natural Earth (1:110m), projected equirectangular into SVG path data at build time by
/// build/atlas/convert.js and embedded in this assembly. Null when the build skipped it (TrialdexSkipAtlas).
/// </summary>
public sealed class WorldAtlas
{
    public const string ResourceName = "Trialdex.Web.Atlas.tsv";

    private static readonly Lazy<WorldAtlas?> BundledAtlas = new(LoadBundled);

    private readonly FrozenDictionary<string, AtlasCountry> _byName;

    private WorldAtlas(double width, double height, double north, double scale, IReadOnlyList<AtlasCountry> countries)
    {
        (Width, Height, North, Scale, Countries) = (width, height, north, scale, countries);
        _byName = countries
            .SelectMany(c => c.Aliases.Prepend(c.Name).Prepend(c.Code).Select(name => (Key: Key(name), Country: c)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Country, StringComparer.Ordinal);
    }

    /// <summary>The atlas built into this assembly, or null when the build left it out.</summary>
    public static WorldAtlas? Bundled => BundledAtlas.Value;

    public double Width { get; }

    public double Height { get; }

    private double North { get; }

    private double Scale { get; }

    public IReadOnlyList<AtlasCountry> Countries { get; }

    /// <summary>The country a record or a person names ("United States", "Korea, Republic of", "US"), or null.</summary>
    public AtlasCountry? Find(string? name) => name is null ? null : _byName.GetValueOrDefault(Key(name));

    /// <summary>A position in map units.</summary>
    public (double X, double Y) Project(double latitude, double longitude) => ((longitude + 180) * Scale, (North - latitude) * Scale);

    internal static WorldAtlas Read(TextReader reader)
    {
        if (reader.ReadLine() != "#trialdex-atlas\t1")
        {
            throw new InvalidDataException("not a Trialdex atlas file of version 1");
        }

        double width = 0, height = 0, north = 0, scale = 0;
        var countries = new List<AtlasCountry>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "W":
                    (width, height, north, scale) = (Number(fields[1]), Number(fields[2]), Number(fields[3]), Number(fields[4]));
                    break;
                case "C":
                    countries.Add(new AtlasCountry(fields[1], fields[2], fields[3].Split('|', StringSplitOptions.RemoveEmptyEntries), fields[4]));
                    break;
                case "E" when int.Parse(fields[1], CultureInfo.InvariantCulture) == countries.Count && scale > 0:
                    return new WorldAtlas(width, height, north, scale, countries);
            }
        }

        throw new InvalidDataException("the atlas file is cut short");
    }

    private static WorldAtlas? LoadBundled()
    {
        using var stream = typeof(WorldAtlas).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Key(string name) => name.Trim().ToUpperInvariant();
}

/// <summary>One country of the atlas: ISO 3166-1 alpha-2 code, English name, other names, and its outline as SVG path data.</summary>
public sealed record AtlasCountry(string Code, string Name, IReadOnlyList<string> Aliases, string Path);
