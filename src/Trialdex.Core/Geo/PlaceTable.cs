using System.Runtime.InteropServices;

namespace Trialdex.Core.Geo;

/// <summary>One place that a name key found, and whether the key was one of its alternate names.</summary>
internal readonly record struct PlaceMatch(int Place, bool ByAlias);

/// <summary>
/// The gazetteer's places, found by the <see cref="PlaceKey"/> of their name, ASCII name or alternate names,
/// compared without its spaces, so that "Cheng Du" finds Chengdu and "Hochiminh City" Ho Chi Minh City.
/// The postings of each key are a chain through two flat lists, which keeps some 700,000 keys affordable.
/// </summary>
internal sealed class PlaceTable
{
    private readonly List<GazetteerPlace> _places = [];
    private readonly Dictionary<string, int> _heads = new(StringComparer.Ordinal);
    private readonly List<int> _postings = [];
    private readonly List<int> _next = [];

    public int Count => _places.Count;

    public GazetteerPlace this[int index] => _places[index];

    /// <summary>Adds a place found by its name, its ASCII spelling, and the '|'-separated alternate names.</summary>
    public void Add(GazetteerPlace place, ReadOnlySpan<char> asciiName, ReadOnlySpan<char> aliases)
    {
        var index = _places.Count;
        _places.Add(place);
        Index(PlaceKey.Of(place.Name), index, byAlias: false);
        Index(PlaceKey.Of(asciiName), index, byAlias: false);
        foreach (var alias in aliases.Split('|'))
        {
            Index(PlaceKey.Of(aliases[alias]), index, byAlias: true);
        }
    }

    /// <summary>Whether any place has this key.</summary>
    public bool Contains(string key) => _heads.ContainsKey(Compact(key));

    /// <summary>The places with this key, each once, the ones found by their own name marked so.</summary>
    public List<PlaceMatch> Find(string key)
    {
        var matches = new List<PlaceMatch>();
        for (var at = _heads.GetValueOrDefault(Compact(key), -1); at >= 0; at = _next[at])
        {
            matches.Add(new PlaceMatch(_postings[at] >> 1, (_postings[at] & 1) == 1));
        }

        return matches;
    }

    private static string Compact(string key) => key.Replace(" ", "", StringComparison.Ordinal);

    // A place adds its keys one after another, so a key it already has is at the head of that key's chain.
    private void Index(string key, int place, bool byAlias)
    {
        if (key.Length == 0)
        {
            return;
        }

        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_heads, Compact(key), out var exists);
        if (exists && _postings[head] >> 1 == place)
        {
            return;
        }

        _postings.Add((place << 1) | (byAlias ? 1 : 0));
        _next.Add(exists ? head : -1);
        head = _postings.Count - 1;
    }
}
