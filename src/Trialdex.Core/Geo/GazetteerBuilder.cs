namespace Trialdex.Core.Geo;

/// <summary>Collects the records of a gazetteer file, line by line, into the tables of a <see cref="Gazetteer"/>.</summary>
internal sealed class GazetteerBuilder
{
    private readonly CountryTable _countries = new();
    private readonly AdminTable _admins = new();
    private readonly PlaceTable _places = new();
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private int _adminCount;
    private bool _ended;

    /// <summary>Adds one record line; returns what is wrong with it, or null when it was added.</summary>
    public string? Add(string line)
    {
        Span<Range> fields = stackalloc Range[11];
        var span = line.AsSpan();
        var count = span.Split(fields, '\t');
        if (_ended)
        {
            return "a record follows the end record (E)";
        }

        return span[fields[0]] switch
        {
            "C" => count == 5 ? AddCountry(span, fields) : FieldCount("C", 5, count),
            "A" => count == 5 ? AddAdmin(span, fields) : FieldCount("A", 5, count),
            "P" => count == 10 ? AddPlace(span, fields) : FieldCount("P", 10, count),
            "E" => count == 4 ? End(span, fields) : FieldCount("E", 4, count),
            _ => $"unknown record type \"{Shorten(span[fields[0]])}\" (expected C, A, P or E)",
        };
    }

    /// <summary>The gazetteer, or null when the end record has not been read.</summary>
    public Gazetteer? Build() => _ended ? new Gazetteer(_countries, _admins, _places) : null;

    private string? End(ReadOnlySpan<char> line, Span<Range> fields)
    {
        _ended = true;
        return Counted(line[fields[1]], _countries.Count) && Counted(line[fields[2]], _adminCount) && Counted(line[fields[3]], _places.Count)
            ? null
            : $"the end record counts {line[fields[1]]} countries, {line[fields[2]]} divisions and {line[fields[3]]} places, "
                + $"but the file has {_countries.Count}, {_adminCount} and {_places.Count}";
    }

    private static bool Counted(ReadOnlySpan<char> field, int count) =>
        GazetteerReader.TryParseCount(field, out var declared) && declared == count;

    private string? AddCountry(ReadOnlySpan<char> line, Span<Range> fields)
    {
        var code = line[fields[1]];
        var code3 = line[fields[2]];
        var name = line[fields[3]];
        if (code.Length != 2 || code3.Length != 3 || name.IsWhiteSpace())
        {
            return "a country needs a two-letter code, a three-letter code and a name";
        }

        var added = _countries.Add(new GazetteerCountry(code.ToString(), code3.ToString(), name.ToString()), Aliases(line[fields[4]]));
        return added ? null : $"country {code} is declared twice";
    }

    private string? AddAdmin(ReadOnlySpan<char> line, Span<Range> fields)
    {
        if (!_countries.TryGetIndex(line[fields[1]], out var country))
        {
            return $"division of undeclared country \"{Shorten(line[fields[1]])}\"";
        }

        if (line[fields[2]].IsWhiteSpace() || line[fields[3]].IsWhiteSpace())
        {
            return "a division needs a code and a name";
        }

        _admins.Add(new AdminRef(country, Code(line[fields[2]])), line[fields[3]].ToString(), Aliases(line[fields[4]]));
        _adminCount++;
        return null;
    }

    private string? AddPlace(ReadOnlySpan<char> line, Span<Range> fields)
    {
        if (line[fields[1]].IsWhiteSpace())
        {
            return "a place needs a name";
        }

        if (!Degrees.TryParse(line[fields[3]], Degrees.MaxLatitude, out var latitude)
            || !Degrees.TryParse(line[fields[4]], Degrees.MaxLongitude, out var longitude))
        {
            return "latitude and longitude must be decimal degrees within ±90 and ±180";
        }

        if (!_countries.TryGetIndex(line[fields[5]], out var country))
        {
            return $"place in undeclared country \"{Shorten(line[fields[5]])}\"";
        }

        if (!GazetteerReader.TryParseCount(line[fields[7]], out var population))
        {
            return "population must be a whole number of zero or more";
        }

        var rank = GazetteerPlace.RankOf(line[fields[8]]);
        var place = new GazetteerPlace(line[fields[1]].ToString(), latitude, longitude, country, Code(line[fields[6]]), population, rank);
        _places.Add(place, line[fields[2]], line[fields[9]]);
        return null;
    }

    // Division codes repeat on every place of the division: keep one string of each.
    private string Code(ReadOnlySpan<char> code)
    {
        var lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(code, out var kept))
        {
            kept = code.ToString();
            lookup.Add(kept);
        }

        return kept;
    }

    private static string[] Aliases(ReadOnlySpan<char> field) =>
        field.IsEmpty ? [] : field.ToString().Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string FieldCount(string type, int expected, int count) =>
        $"a {type} record has {expected} fields separated by TAB, this line has {(count > expected ? "more" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    private static string Shorten(ReadOnlySpan<char> text) => text.Length > 20 ? $"{text[..20]}…" : text.ToString();
}
