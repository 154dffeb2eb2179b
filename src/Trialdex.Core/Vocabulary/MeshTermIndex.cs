namespace Trialdex.Core.Vocabulary;

/// <summary>
/// The normalised names and entry terms of a vocabulary: a dictionary for whole terms, and a word trie over the
/// same keys to find every term phrase in running text, longest first.
/// </summary>
internal sealed class MeshTermIndex
{
    private const int Root = 0;

    private readonly Dictionary<string, List<int>> _descriptorsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Node, string Word), int> _edges = [];
    private readonly List<string?> _keyEndingAt = [null];

    public MeshTermIndex(IReadOnlyList<MeshDescriptor> descriptors)
    {
        // Names first, so that a descriptor named by a term is listed before one that has it as an entry term.
        for (var i = 0; i < descriptors.Count; i++)
        {
            Add(MeshTermNormalizer.Normalize(descriptors[i].Name), i);
        }

        for (var i = 0; i < descriptors.Count; i++)
        {
            foreach (var term in descriptors[i].EntryTerms)
            {
                Add(MeshTermNormalizer.Normalize(term), i);
            }
        }
    }

    /// <summary>The number of distinct normalised terms.</summary>
    public int Count => _descriptorsByKey.Count;

    /// <summary>The descriptors (by index) whose name or an entry term has exactly this key.</summary>
    public IReadOnlyList<int> Find(string key) =>
        _descriptorsByKey.TryGetValue(key, out var descriptors) ? descriptors : [];

    /// <summary>
    /// The descriptors (by index, each once, in order of first appearance) of the term phrases in the text,
    /// scanning left to right and taking the longest phrase at each word, so that matches never overlap.
    /// </summary>
    public IReadOnlyList<int> FindInText(string text)
    {
        var words = MeshTermNormalizer.Words(text);
        var found = new List<int>();
        var start = 0;
        while (start < words.Length)
        {
            var (key, length) = LongestPhraseAt(words, start);
            if (key is null)
            {
                start++;
                continue;
            }

            found.AddRange(_descriptorsByKey[key].Where(i => !found.Contains(i)));
            start += length;
        }

        return found;
    }

    private (string? Key, int Length) LongestPhraseAt(string[] words, int start)
    {
        (string? Key, int Length) longest = (null, 0);
        var node = Root;
        for (var end = start; end < words.Length; end++)
        {
            if (!_edges.TryGetValue((node, words[end]), out node))
            {
                break;
            }

            if (_keyEndingAt[node] is { } key)
            {
                longest = (key, end - start + 1);
            }
        }

        return longest;
    }

    private void Add(string key, int descriptor)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_descriptorsByKey.TryGetValue(key, out var descriptors))
        {
            descriptors = [];
            _descriptorsByKey.Add(key, descriptors);
            AddPhrase(key);
        }

        if (!descriptors.Contains(descriptor))
        {
            descriptors.Add(descriptor);
        }
    }

    private void AddPhrase(string key)
    {
        var node = Root;
        foreach (var word in key.Split(' '))
        {
            if (!_edges.TryGetValue((node, word), out var next))
            {
                next = _keyEndingAt.Count;
                _keyEndingAt.Add(null);
                _edges.Add((node, word), next);
            }

            node = next;
        }

        _keyEndingAt[node] = key;
    }
}
