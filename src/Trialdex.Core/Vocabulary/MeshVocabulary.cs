namespace Trialdex.Core.Vocabulary;

/// <summary>
/// The MeSH vocabulary in memory: descriptors found by id, name, any entry term or the term phrases of a
/// longer text, and the MeSH tree above and below each of them. Search uses it as ClinicalTrials.gov does: a query
/// that names a descriptor also matches studies indexed to that descriptor or anything below it.
/// Immutable once built, so one instance can serve every search thread.
/// </summary>
public sealed class MeshVocabulary
{
    private readonly Dictionary<string, MeshDescriptor> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MeshDescriptor> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly MeshTermIndex _terms;
    private readonly MeshTreeIndex _tree;

    /// <summary>
    /// Builds the vocabulary, merging descriptors that are the same: the same id, or, when one has no id (a bare
    /// tree heading), the same normalised name. Merged descriptors keep the union of their entry terms and tree numbers.
    /// </summary>
    /// <exception cref="ArgumentException">A descriptor has no name.</exception>
    public MeshVocabulary(IEnumerable<MeshDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var merger = new DescriptorMerger();
        foreach (var descriptor in descriptors)
        {
            if (string.IsNullOrWhiteSpace(descriptor?.Name))
            {
                throw new ArgumentException("Every MeSH descriptor needs a name.", nameof(descriptors));
            }

            merger.Add(descriptor);
        }

        Descriptors = merger.Build();
        foreach (var descriptor in Descriptors)
        {
            if (descriptor.Id.Length > 0)
            {
                _byId.TryAdd(descriptor.Id, descriptor);
            }

            _byName.TryAdd(descriptor.Name, descriptor);
        }

        _terms = new MeshTermIndex(Descriptors);
        _tree = new MeshTreeIndex(Descriptors);
    }

    /// <summary>Every descriptor, merged, in the order first seen.</summary>
    public IReadOnlyList<MeshDescriptor> Descriptors { get; }

    /// <summary>How many distinct normalised names and entry terms the vocabulary knows.</summary>
    public int TermCount => _terms.Count;

    /// <summary>
    /// A fingerprint of the vocabulary's content (every descriptor's id, name, entry terms and tree numbers, in any
    /// order): equal for the same vocabulary however it was read or stored, and different, but for a 1 in 2³² chance,
    /// for another. A parse of criteria made with the vocabulary is stored with it, so a store knows which parses a
    /// new vocabulary made stale.
    /// </summary>
    public uint Stamp => _stamp ??= ComputeStamp(Descriptors);

    private uint? _stamp;

    private static uint ComputeStamp(IReadOnlyList<MeshDescriptor> descriptors)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var d in descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal))
        {
            var text = string.Join('\u001f', [d.Id, d.Name, .. d.EntryTerms.Order(StringComparer.Ordinal), "\u001e", .. d.TreeNumbers.Order(StringComparer.Ordinal)]) + "\u001d";
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.GetHashAndReset());
    }

    /// <summary>
    /// The normalised form in which terms are compared: lower case, diacritics removed, apostrophes dropped
    /// ("Asherman's" → "asherman"), other punctuation a word break, words made singular by a light rule
    /// ("adhesions" → "adhesion"), and the MeSH inversion undone ("Cirrhosis, Liver" → "liver cirrhosis").
    /// Study MeSH terms go through the same function so that both sides compare alike.
    /// </summary>
    public static string Normalize(string text) => MeshTermNormalizer.Normalize(text);

    /// <summary>The descriptor with this id ("D006175", any case), or null.</summary>
    public MeshDescriptor? FindById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id.Trim());
    }

    /// <summary>The descriptor with exactly this preferred name (ignoring case), or null.</summary>
    public MeshDescriptor? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.GetValueOrDefault(name.Trim());
    }

    /// <summary>The descriptors at exactly this tree number ("C06.552.630"); normally one.</summary>
    public IReadOnlyList<MeshDescriptor> FindByTreeNumber(string treeNumber)
    {
        ArgumentNullException.ThrowIfNull(treeNumber);
        return [.. _tree.At(treeNumber.Trim()).Select(i => Descriptors[i])];
    }

    /// <summary>
    /// The descriptors whose name or an entry term equals the whole text once normalised ("Asherman syndrome",
    /// "cirrhosis, liver", "intrauterine adhesion"); those named by it come before those that list it as an entry term.
    /// </summary>
    public IReadOnlyList<MeshDescriptor> FindByTerm(string text) =>
        [.. _terms.Find(Normalize(text)).Select(i => Descriptors[i])];

    /// <summary>
    /// The descriptors of every name or entry term that occurs as whole words in a longer text, such as a search
    /// query: scanning left to right, the longest term at each word wins and matches do not overlap, so
    /// "relapsed B-cell lymphoma" finds the B-cell lymphoma descriptor, not plain lymphoma. Each descriptor is
    /// listed once, in the order found.
    /// </summary>
    public IReadOnlyList<MeshDescriptor> FindInText(string text) =>
        [.. _terms.FindInText(text).Select(i => Descriptors[i])];

    /// <summary>
    /// Every descriptor below any of this descriptor's tree numbers, each once, in tree order; not the descriptor itself.
    /// </summary>
    public IEnumerable<MeshDescriptor> DescendantsOf(MeshDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Distinct(descriptor.TreeNumbers.SelectMany(_tree.Below), descriptor);
    }

    /// <summary>
    /// Every descriptor above any of this descriptor's tree numbers, each once, nearest first along each tree
    /// number; not the descriptor itself.
    /// </summary>
    public IEnumerable<MeshDescriptor> AncestorsOf(MeshDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var above = descriptor.TreeNumbers.SelectMany(MeshTreeIndex.Above).SelectMany(_tree.At);
        return Distinct(above, descriptor);
    }

    private IEnumerable<MeshDescriptor> Distinct(IEnumerable<int> indexes, MeshDescriptor self) =>
        indexes.Distinct().Select(i => Descriptors[i]).Where(d => !IsSame(d, self));

    private static bool IsSame(MeshDescriptor a, MeshDescriptor b) =>
        ReferenceEquals(a, b) || (a.Id.Length > 0 && string.Equals(a.Id, b.Id, StringComparison.OrdinalIgnoreCase));
}
