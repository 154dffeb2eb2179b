namespace Trialdex.Core.Eligibility;

/// <summary>A trial's eligibility text split into inclusion, exclusion and unclassified criteria, in text order.</summary>
/// <param name="Inclusion">Criteria under an inclusion heading, or before the only (exclusion) heading.</param>
/// <param name="Exclusion">Criteria under an exclusion heading.</param>
/// <param name="Unclassified">Criteria outside both, for example in a text with no headings at all.</param>
public sealed record SegmentedCriteria(
    IReadOnlyList<CriterionItem> Inclusion,
    IReadOnlyList<CriterionItem> Exclusion,
    IReadOnlyList<CriterionItem> Unclassified)
{
    /// <summary>The segmentation of an empty text.</summary>
    public static SegmentedCriteria Empty { get; } = new([], [], []);

    /// <summary>True when no criterion was found.</summary>
    public bool IsEmpty => Inclusion.Count == 0 && Exclusion.Count == 0 && Unclassified.Count == 0;
}
