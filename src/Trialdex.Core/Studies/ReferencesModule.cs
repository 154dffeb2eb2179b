namespace Trialdex.Core.Studies;

/// <summary>Publications, links and available participant data.</summary>
public sealed record ReferencesModule
{
    public IReadOnlyList<Reference>? References { get; init; }

    public IReadOnlyList<SeeAlsoLink>? SeeAlsoLinks { get; init; }

    public IReadOnlyList<AvailIpd>? AvailIpds { get; init; }
}

/// <summary>A citation, with its PubMed id when known.</summary>
public sealed record Reference
{
    public string? Pmid { get; init; }

    public ReferenceType? Type { get; init; }

    public string? Citation { get; init; }

    public IReadOnlyList<Retraction>? Retractions { get; init; }
}

/// <summary>A retraction notice of a referenced publication.</summary>
public sealed record Retraction
{
    public string? Pmid { get; init; }

    public string? Source { get; init; }
}

public sealed record SeeAlsoLink
{
    public string? Label { get; init; }

    public string? Url { get; init; }
}

/// <summary>A data set or document of individual participant data available elsewhere.</summary>
public sealed record AvailIpd
{
    public string? Id { get; init; }

    public string? Type { get; init; }

    public string? Url { get; init; }

    public string? Comment { get; init; }
}

/// <summary>Whether and how individual participant data will be shared.</summary>
public sealed record IpdSharingStatementModule
{
    public IpdSharing? IpdSharing { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<IpdSharingInfoType>? InfoTypes { get; init; }

    public string? TimeFrame { get; init; }

    public string? AccessCriteria { get; init; }

    public string? Url { get; init; }
}
