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

    /// <summary>Words before a "must" that make it part of a description of whom the exclusion names ("Patients who must take warfarin").</summary>
    private static readonly HashSet<string> Describing = new(StringComparer.Ordinal) { "who", "that", "which", "whose", "if", "unless", "when", "for" };

    private const int MaxWordsBeforeMust = 8;

    /// <summary>
    /// The other way round: an exclusion written as a requirement — "Patients must not be pregnant or breastfeeding",
    /// "Must have adequate renal function" — says what the patient must be, so it is read as an inclusion (read as an
    /// exclusion, every man "is not pregnant" and was excluded). Not "Patients who must take warfarin", and not a
    /// requirement that says it excludes ("… must be excluded").
    /// </summary>
    public static bool ReadsAsRequirement(ParsedCriterion criterion)
    {
        if (criterion.Kind != CriterionKind.Exclusion)
        {
            return false;
        }

        var words = Terms.Normalize(criterion.Text).Split(' ');
        for (var i = 0; i < Math.Min(words.Length, MaxWordsBeforeMust + 1); i++)
        {
            if (Describing.Contains(words[i]))
            {
                return false;
            }

            if (words[i] is "must" or "should")
            {
                var rest = " " + string.Join(' ', words.Skip(i + 1)) + " ";
                return !rest.Contains(" excluded ", StringComparison.Ordinal) && !rest.Contains(" ineligible ", StringComparison.Ordinal)
                    && !rest.Contains(" not eligible ", StringComparison.Ordinal);
            }
        }

        return false;
    }
}
