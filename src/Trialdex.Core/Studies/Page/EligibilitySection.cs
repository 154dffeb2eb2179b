using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Studies.Page;

/// <summary>
/// The eligibility criteria as a trial page lists them: inclusion and exclusion criteria (trees, with the
/// sub-criteria under each), what the text does not place under either heading, and the record's own text.
/// </summary>
/// <param name="Text">The criteria text as the record gives it; each item's span points into it.</param>
/// <param name="Inclusion">The inclusion criteria, in text order.</param>
/// <param name="Exclusion">The exclusion criteria, in text order.</param>
/// <param name="Unclassified">Criteria outside both headings, for example in a text with no headings at all.</param>
public sealed record EligibilitySection(
    string Text,
    IReadOnlyList<CriterionItem> Inclusion,
    IReadOnlyList<CriterionItem> Exclusion,
    IReadOnlyList<CriterionItem> Unclassified)
{
    internal static EligibilitySection? From(EligibilityModule? eligibility)
    {
        if (string.IsNullOrWhiteSpace(eligibility?.EligibilityCriteria))
        {
            return null;
        }

        var criteria = CriteriaSegmenter.Segment(eligibility.EligibilityCriteria);
        return new(eligibility.EligibilityCriteria, criteria.Inclusion, criteria.Exclusion, criteria.Unclassified);
    }
}
