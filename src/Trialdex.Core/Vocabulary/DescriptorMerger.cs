namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Gathers descriptors from several sources into one per identity: the same id, or, when one side has no id
/// (a tree heading), the same normalised name. Entry terms and tree numbers are unioned; the first name is kept,
/// except that a name from a descriptor with an id replaces a bare tree heading's.
/// </summary>
/// <remarks>
/// A tree file may be older than the descriptors: MeSH renames descriptors and keeps the old name as an entry term
/// ("Monkeypox" became "Mpox"). A heading whose name is an entry term of exactly one descriptor, which has no tree
/// numbers of its own, is that descriptor's place in the older tree and joins it.
/// </remarks>
internal sealed class DescriptorMerger
{
    private readonly List<Draft> _drafts = [];
    private readonly Dictionary<string, Draft> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Draft> _byName = new(StringComparer.Ordinal);

    public void Add(MeshDescriptor descriptor)
    {
        var id = descriptor.Id.Trim();
        var key = MeshTermNormalizer.Normalize(descriptor.Name);
        var draft = Find(id, key);
        if (draft is null)
        {
            draft = new Draft(id, descriptor.Name);
            _drafts.Add(draft);
        }
        else if (draft.Id.Length == 0 && id.Length > 0)
        {
            draft.Adopt(id, descriptor.Name);
        }
        else
        {
            draft.Terms.Add(descriptor.Name);
        }

        if (draft.Id.Length > 0)
        {
            _byId.TryAdd(draft.Id, draft);
        }

        if (key.Length > 0)
        {
            _byName.TryAdd(key, draft);
        }

        draft.Terms.AddRange(descriptor.EntryTerms);
        draft.TreeNumbers.AddRange(descriptor.TreeNumbers);
    }

    public IReadOnlyList<MeshDescriptor> Build()
    {
        JoinRenamedHeadings();
        return [.. _drafts.Select(d => MeshDescriptor.Create(d.Id, d.Name, d.Terms, d.TreeNumbers))];
    }

    private void JoinRenamedHeadings()
    {
        var placeless = _drafts.Where(d => d.Id.Length > 0 && d.TreeNumbers.Count == 0).ToHashSet();
        if (placeless.Count == 0 || !_drafts.Any(d => d.Id.Length == 0))
        {
            return;
        }

        // Each entry term's only descriptor with an id, or null when several descriptors share the term.
        var soleOwner = new Dictionary<string, Draft?>(StringComparer.Ordinal);
        foreach (var draft in _drafts.Where(d => d.Id.Length > 0))
        {
            foreach (var key in draft.Terms.Select(MeshTermNormalizer.Normalize).Distinct(StringComparer.Ordinal))
            {
                soleOwner[key] = soleOwner.ContainsKey(key) ? null : draft;
            }
        }

        var joined = _drafts
            .Where(d => d.Id.Length == 0)
            .Select(heading => (Heading: heading, Owner: soleOwner.GetValueOrDefault(MeshTermNormalizer.Normalize(heading.Name))))
            .Where(pair => pair.Owner is not null && placeless.Contains(pair.Owner))
            .ToList();
        foreach (var (heading, owner) in joined)
        {
            owner!.Terms.Add(heading.Name);
            owner.TreeNumbers.AddRange(heading.TreeNumbers);
        }

        var headings = joined.Select(pair => pair.Heading).ToHashSet();
        _drafts.RemoveAll(headings.Contains);
    }

    private Draft? Find(string id, string key)
    {
        var named = key.Length > 0 ? _byName.GetValueOrDefault(key) : null;
        if (id.Length == 0)
        {
            return named;
        }

        return _byId.GetValueOrDefault(id) ?? (named is { Id.Length: 0 } ? named : null);
    }

    private sealed class Draft(string id, string name)
    {
        public string Id { get; private set; } = id;

        public string Name { get; private set; } = name;

        public List<string> Terms { get; } = [];

        public List<string> TreeNumbers { get; } = [];

        public void Adopt(string id, string name)
        {
            Terms.Add(Name);
            Id = id;
            Name = name;
        }
    }
}
