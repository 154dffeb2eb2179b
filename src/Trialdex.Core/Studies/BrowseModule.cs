namespace Trialdex.Core.Studies;

/// <summary>The MeSH terms the registry derived for the conditions or the interventions (the same shape for both).</summary>
public sealed record BrowseModule
{
    public IReadOnlyList<MeshTerm>? Meshes { get; init; }

    public IReadOnlyList<MeshTerm>? Ancestors { get; init; }

    public IReadOnlyList<BrowseLeaf>? BrowseLeaves { get; init; }

    public IReadOnlyList<BrowseBranch>? BrowseBranches { get; init; }
}

/// <summary>A MeSH descriptor: id ("D003920") and heading.</summary>
public sealed record MeshTerm
{
    public string? Id { get; init; }

    public string? Term { get; init; }
}

/// <summary>A term in the registry's browse tree, with the study text it was found as.</summary>
public sealed record BrowseLeaf
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AsFound { get; init; }

    public BrowseLeafRelevance? Relevance { get; init; }
}

/// <summary>A top-level browse category ("BC04", "Neoplasms").</summary>
public sealed record BrowseBranch
{
    public string? Abbrev { get; init; }

    public string? Name { get; init; }
}
