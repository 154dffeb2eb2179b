namespace Trialdex.Core.Geo;

/// <summary>The gazetteer's countries, found by ISO 3166-1 alpha-2 or alpha-3 code, name or alias.</summary>
internal sealed class CountryTable
{
    private readonly List<GazetteerCountry> _countries = [];
    private readonly Dictionary<string, int> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);

    public int Count => _countries.Count;

    public GazetteerCountry this[int index] => _countries[index];

    /// <summary>Adds a country; false when its code was declared already.</summary>
    public bool Add(GazetteerCountry country, IEnumerable<string> aliases)
    {
        if (!_byCode.TryAdd(country.Code, _countries.Count))
        {
            return false;
        }

        var keys = new[] { country.Code, country.Code3, country.Name }.Concat(aliases).SelectMany(CountryKey.OfName);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var indexes = _byKey.TryGetValue(key, out var found) ? found : _byKey[key] = [];
            indexes.Add(_countries.Count);
        }

        _countries.Add(country);
        return true;
    }

    /// <summary>The index of the country with this alpha-2 code, as the data file writes it.</summary>
    public bool TryGetIndex(ReadOnlySpan<char> code, out int index) =>
        _byCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out index);

    /// <summary>The countries a written name or code may mean: none, one, or several ("Congo").</summary>
    public IReadOnlyList<int> Lookup(string text)
    {
        foreach (var key in CountryKey.OfQuery(text))
        {
            if (_byKey.TryGetValue(key, out var indexes))
            {
                return indexes;
            }
        }

        return [];
    }
}
