namespace Trialdex.Core.Studies;

/// <summary>The MeSH terms the registry derived for the conditions or the interventions (the same shape for both).</summary>
public sealed record BrowseModule
{
    public IReadOnlyList<MeshTerm>? Meshes { get; set; }

    public IReadOnlyList<MeshTerm>? Ancestors { get; set; }

    public IReadOnlyList<BrowseLeaf>? BrowseLeaves { get; set; }

    public IReadOnlyList<BrowseBranch>? BrowseBranches { get; set; }
}

/// <summary>A MeSH descriptor: id ("D003920") and heading.</summary>
public sealed record MeshTerm
{
    public string? Id { get; set; }

    public string? Term { get; set; }
}

/// <summary>A term in the registry's browse tree, with the study text it was found as.</summary>
public sealed record BrowseLeaf
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AsFound { get; set; }

    public BrowseLeafRelevance? Relevance { get; set; }
}

/// <summary>A top-level browse category ("BC04", "Neoplasms").</summary>
public sealed record BrowseBranch
{
    public string? Abbrev { get; set; }

    public string? Name { get; set; }
}
