namespace Trialdex.Core.Studies;

/// <summary>The study's identifiers, titles and organization.</summary>
public sealed record IdentificationModule
{
    public string? NctId { get; set; }

    /// <summary>Older NCT numbers merged into this record.</summary>
    public IReadOnlyList<string>? NctIdAliases { get; set; }

    public OrgStudyIdInfo? OrgStudyIdInfo { get; set; }

    public IReadOnlyList<SecondaryIdInfo>? SecondaryIdInfos { get; set; }

    public Organization? Organization { get; set; }

    public string? BriefTitle { get; set; }

    public string? OfficialTitle { get; set; }

    public string? Acronym { get; set; }
}

/// <summary>The organization's own identifier for the study.</summary>
public sealed record OrgStudyIdInfo
{
    public string? Id { get; set; }

    public OrgStudyIdType? Type { get; set; }

    public string? Link { get; set; }
}

/// <summary>Another identifier of the study: a grant, another registry's number, a EudraCT number.</summary>
public sealed record SecondaryIdInfo
{
    public string? Id { get; set; }

    public SecondaryIdType? Type { get; set; }

    public string? Domain { get; set; }

    public string? Link { get; set; }
}

/// <summary>The organization that registered the study.</summary>
public sealed record Organization
{
    public string? FullName { get; set; }

    public AgencyClass? Class { get; set; }
}
