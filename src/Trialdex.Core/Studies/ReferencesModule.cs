namespace Trialdex.Core.Studies;

/// <summary>Publications, links and available participant data.</summary>
public sealed record ReferencesModule
{
    public IReadOnlyList<Reference>? References { get; set; }

    public IReadOnlyList<SeeAlsoLink>? SeeAlsoLinks { get; set; }

    public IReadOnlyList<AvailIpd>? AvailIpds { get; set; }
}

/// <summary>A citation, with its PubMed id when known.</summary>
public sealed record Reference
{
    public string? Pmid { get; set; }

    public ReferenceType? Type { get; set; }

    public string? Citation { get; set; }

    public IReadOnlyList<Retraction>? Retractions { get; set; }
}

/// <summary>A retraction notice of a referenced publication.</summary>
public sealed record Retraction
{
    public string? Pmid { get; set; }

    public string? Source { get; set; }
}

public sealed record SeeAlsoLink
{
    public string? Label { get; set; }

    public string? Url { get; set; }
}

/// <summary>A data set or document of individual participant data available elsewhere.</summary>
public sealed record AvailIpd
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Url { get; set; }

    public string? Comment { get; set; }
}

/// <summary>Whether and how individual participant data will be shared.</summary>
public sealed record IpdSharingStatementModule
{
    public IpdSharing? IpdSharing { get; set; }

    public string? Description { get; set; }

    public IReadOnlyList<IpdSharingInfoType>? InfoTypes { get; set; }

    public string? TimeFrame { get; set; }

    public string? AccessCriteria { get; set; }

    public string? Url { get; set; }
}
