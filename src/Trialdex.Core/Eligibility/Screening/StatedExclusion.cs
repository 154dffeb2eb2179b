using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// A criterion listed among the inclusions (or under no heading) that states itself what it excludes: "Women who
/// are pregnant or nursing are ineligible", "People with an active infection will be excluded". It is read as
/// an exclusion, so that what it names rules the patient out when present rather than when absent.
/// </summary>
internal static class StatedExclusion
{
    private static readonly string[] Phrases = [" are ineligible", " is ineligible", " are excluded", " is excluded", " will be excluded", " are not eligible", " is not eligible"];

    public static bool Reads(ParsedCriterion criterion) =>
        criterion.Kind != CriterionKind.Exclusion
        && Phrases.Any(p => (" " + Terms.Normalize(criterion.Text)).Contains(p, StringComparison.Ordinal));
}
