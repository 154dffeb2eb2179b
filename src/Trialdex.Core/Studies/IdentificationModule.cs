namespace Trialdex.Core.Studies;

/// <summary>The study's identifiers, titles and organization.</summary>
public sealed record IdentificationModule
{
    public string? NctId { get; init; }

    /// <summary>Older NCT numbers merged into this record.</summary>
    public IReadOnlyList<string>? NctIdAliases { get; init; }

    public OrgStudyIdInfo? OrgStudyIdInfo { get; init; }

    public IReadOnlyList<SecondaryIdInfo>? SecondaryIdInfos { get; init; }

    public Organization? Organization { get; init; }

    public string? BriefTitle { get; init; }

    public string? OfficialTitle { get; init; }

    public string? Acronym { get; init; }
}

/// <summary>The organization's own identifier for the study.</summary>
public sealed record OrgStudyIdInfo
{
    public string? Id { get; init; }

    public OrgStudyIdType? Type { get; init; }

    public string? Link { get; init; }
}

/// <summary>Another identifier of the study: a grant, another registry's number, a EudraCT number.</summary>
public sealed record SecondaryIdInfo
{
    public string? Id { get; init; }

    public SecondaryIdType? Type { get; init; }

    public string? Domain { get; init; }

    public string? Link { get; init; }
}

/// <summary>The organization that registered the study.</summary>
public sealed record Organization
{
    public string? FullName { get; init; }

    public AgencyClass? Class { get; init; }
}
