namespace Trialdex.Core.Geo;

/// <summary>
/// Place names to coordinates, from GeoNames' gazetteer of populated places: "Chongqing", "Boston, MA",
/// "Paris, France", "Sao Paulo, Brazil". Names compare without case or diacritics and by their alternate
/// names too ("Peking"); when several places match, the most populous wins and the result says which it chose
/// and how many it passed over. It also geocodes trial sites from their city, state and country at import.
/// Loaded once, it is immutable (but for a memo of recent site lookups) and safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The manifest resource name under which the build embeds the data file in Trialdex.Core.</summary>
    public const string ResourceName = "Trialdex.Gazetteer.tsv.gz";

    /// <summary>The data file's name when the build copies it beside the application instead.</summary>
    public const string FileName = "gazetteer.tsv.gz";

    private const int MaxParts = 8;
    private const long DominantPopulation = 1_000_000;

    private static readonly Lazy<Gazetteer?> BundledGazetteer = new(LoadBundled, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CountryTable _countries;
    private readonly AdminTable _admins;
    private readonly PlaceTable _places;
    private readonly PlaceChoice _choice;

    // Trial sites repeat their cities (80,780 sites of the shared records name 6,139 distinct ones), so each
    // distinct (city, state, country) is looked up once; the memo is emptied when it holds MaxMemo entries.
    private const int MaxMemo = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string City, string? State, string? Country), GeocodeResult?> _sites = new();

    internal Gazetteer(CountryTable countries, AdminTable admins, PlaceTable places)
    {
        _countries = countries;
        _admins = admins;
        _places = places;
        _choice = new PlaceChoice(countries, admins, places);
    }

    /// <summary>
    /// The gazetteer the build generated and bundled with Trialdex (embedded, or <see cref="FileName"/> beside
    /// the application), read on first use; null when this build has none.
    /// </summary>
    public static Gazetteer? Bundled => BundledGazetteer.Value;

    /// <summary>How many places it knows.</summary>
    public int PlaceCount => _places.Count;

    /// <summary>Reads a gazetteer data file, gzipped or plain. Throws <see cref="GazetteerFormatException"/> when it is malformed.</summary>
    public static Gazetteer Load(string path)
    {
        using var stream = File.OpenRead(path);
        return GazetteerReader.Read(stream, path);
    }

    /// <summary>Reads gazetteer data from a stream; <paramref name="source"/> names it in error messages.</summary>
    public static Gazetteer Load(Stream stream, string source) => GazetteerReader.Read(stream, source);

    /// <summary>
    /// Geocodes free text written "city[, division][, country]": "Boston, MA", "Bethesda, Maryland, United
    /// States", "Seoul, Korea, Republic of", or without commas "Paris France". A division or country that is
    /// named must hold the place; one that names nothing known is ignored and the explanation says so.
    /// Null when no place matches, and for text of more than eight comma-separated parts. Never throws.
    /// </summary>
    public GeocodeResult? Find(string? place)
    {
        var parts = (place ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > MaxParts)
        {
            return null;
        }

        if (parts.Length == 1 && !_places.Contains(PlaceKey.Of(parts[0])) && FindWithoutCommas(parts[0]) is { } split)
        {
            return split;
        }

        return Choose(parts[0], PlaceQualifier.Parse(parts[1..], _countries, _admins));
    }

    /// <summary>
    /// Geocodes a trial site from its record's city, state and country, at city level (callers mark the point
    /// approximate). The country, when known, must hold the place; so must the state when it names a division
    /// of that country the gazetteer knows, unless the place is a city of a million or more that dwarfs every
    /// namesake (records do give Xi'an the state Shanxi). Any other state (records also write counties,
    /// districts and local spellings there) is ignored. Null when no place matches. Never throws.
    /// </summary>
    public GeocodeResult? FindSite(string? city, string? state, string? country)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            return null;
        }

        if (_sites.TryGetValue((city, state, country), out var known))
        {
            return known;
        }

        if (_sites.Count >= MaxMemo)
        {
            _sites.Clear();
        }

        return _sites[(city, state, country)] = LookUpSite(city, state, country);
    }

    private GeocodeResult? LookUpSite(string city, string? state, string? country)
    {
        var notes = new List<string>();
        var countries = string.IsNullOrWhiteSpace(country) ? [] : _countries.Lookup(country);
        if (!string.IsNullOrWhiteSpace(country) && countries.Count == 0)
        {
            notes.Add($"The country \"{country.Trim()}\" is not known, so places in every country were considered.");
        }

        var candidates = Candidates(city, place => countries.Count == 0 || countries.Contains(place.Country));
        if (candidates.Count > 0 && !string.IsNullOrWhiteSpace(state))
        {
            candidates = InState(candidates, state, countries, notes);
        }

        var within = string.Join(", ", new[] { state, country }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));
        return candidates.Count == 0 ? null : _choice.Choose(city.Trim(), candidates, within.Length > 0 ? within : null, notes);
    }

    // The candidates in the state when it names a division of the site's country; when it holds none of them,
    // only a city that dwarfs its namesakes (the record has the wrong state), else none (the city is not in the
    // gazetteer and a namesake would be wrong). All of them, noted, when the state names no division.
    private List<PlaceMatch> InState(List<PlaceMatch> candidates, string state, IReadOnlyList<int> countries, List<string> notes)
    {
        var division = PlaceQualifier.Of(state, _countries, _admins);
        if (!division.Scopes.Any(scope => scope.Admin1 is not null && (countries.Count == 0 || countries.Contains(scope.Country))))
        {
            notes.Add($"The state \"{state.Trim()}\" is not a division the gazetteer knows, so it was not used.");
            return candidates;
        }

        var inState = candidates.Where(match => division.Admits(_places[match.Place])).ToList();
        if (inState.Count > 0 || DominantCity(candidates) is not { } city)
        {
            return inState;
        }

        notes.Add($"No place of that name is in \"{state.Trim()}\"; the record's state was taken to be wrong for so large a city.");
        return [city];
    }

    // A city of at least DominantPopulation people, found by its own name, ten times larger than every namesake.
    private PlaceMatch? DominantCity(List<PlaceMatch> candidates)
    {
        var largest = candidates.MaxBy(match => _places[match.Place].Population);
        var population = _places[largest.Place].Population;
        return !largest.ByAlias && population >= DominantPopulation
            && candidates.TrueForAll(match => match == largest || _places[match.Place].Population * 10 <= population)
            ? largest
            : null;
    }

    private GeocodeResult? Choose(string city, List<PlaceQualifier> qualifiers)
    {
        var known = qualifiers.Where(qualifier => qualifier.IsKnown).ToList();
        var candidates = Candidates(city, place => known.TrueForAll(qualifier => qualifier.Admits(place)));
        if (candidates.Count == 0)
        {
            return null;
        }

        var notes = qualifiers.Where(qualifier => !qualifier.IsKnown)
            .Select(qualifier => $"\"{qualifier.Text}\" is not a known state, province or country, so it was ignored.");
        var within = known.Count == 0 ? null : string.Join(", ", Enumerable.Reverse(known).Select(qualifier => qualifier.Text));
        return _choice.Choose(city, candidates, within, notes);
    }

    // "Paris France", "Boston MA": the last one to three words as a qualifier, when they name a country or division.
    private GeocodeResult? FindWithoutCommas(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var taken = 1; taken <= 3 && taken < words.Length; taken++)
        {
            var qualifier = PlaceQualifier.Of(string.Join(' ', words[^taken..]), _countries, _admins);
            if (qualifier.IsKnown && Choose(string.Join(' ', words[..^taken]), [qualifier]) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private List<PlaceMatch> Candidates(string city, Func<GazetteerPlace, bool> admits)
    {
        foreach (var key in CityName.Keys(city))
        {
            var matches = _places.Find(key).Where(match => admits(_places[match.Place])).ToList();
            if (matches.Count > 0)
            {
                return matches;
            }
        }

        return [];
    }

    private static Gazetteer? LoadBundled()
    {
        using var resource = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName);
        if (resource is not null)
        {
            return Load(resource, ResourceName);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        return File.Exists(beside) ? Load(beside) : null;
    }
}
