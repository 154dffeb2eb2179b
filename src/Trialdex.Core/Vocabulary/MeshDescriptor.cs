namespace Trialdex.Core.Vocabulary;

/// <summary>
/// One MeSH descriptor: its id ("D006175"), preferred name ("Gynatresia"), the entry terms that also name it
/// ("Asherman Syndrome", "Syndrome, Asherman") and its places in the MeSH tree ("C13.351.500.852.593").
/// A flat shape on purpose: it maps to a descriptor table plus a term table and a tree-number table.
/// </summary>
/// <param name="Id">The descriptor UI; empty when only a tree heading is known (from a tree file with no matching descriptor).</param>
/// <param name="Name">The preferred name (DescriptorName), as written by NLM.</param>
/// <param name="EntryTerms">The other names of the descriptor, without the preferred name itself.</param>
/// <param name="TreeNumbers">Where the descriptor sits in the hierarchy; a descriptor may sit in several branches.</param>
/// <remarks>Like every record, two descriptors are equal only when they share the same list instances.</remarks>
public sealed record MeshDescriptor(string Id, string Name, IReadOnlyList<string> EntryTerms, IReadOnlyList<string> TreeNumbers)
{
    /// <summary>The descriptor UI, or the empty string when the descriptor is known only from a tree heading.</summary>
    public string Id { get; init; } = Id ?? string.Empty;

    /// <summary>The preferred name and the entry terms: every text that names this descriptor.</summary>
    public IEnumerable<string> Terms => EntryTerms.Prepend(Name);

    /// <summary>The id and name, as in "D006175 Gynatresia".</summary>
    public override string ToString() => Id.Length == 0 ? Name : $"{Id} {Name}";

    // Trims every text, drops blanks, and keeps each entry term once (ignoring case) and apart from the name.
    internal static MeshDescriptor Create(string? id, string name, IEnumerable<string> entryTerms, IEnumerable<string> treeNumbers)
    {
        var trimmedName = name.Trim();
        var terms = entryTerms.Select(t => t.Trim())
            .Where(t => t.Length > 0 && !t.Equals(trimmedName, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var numbers = treeNumbers.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal);
        return new MeshDescriptor(id?.Trim() ?? string.Empty, trimmedName, [.. terms], [.. numbers]);
    }
}
