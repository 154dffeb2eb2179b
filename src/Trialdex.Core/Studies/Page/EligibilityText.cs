namespace Trialdex.Core.Studies.Page;

/// <summary>The eligibility criteria as the record gives them: free text with its inclusion and exclusion parts.</summary>
/// <param name="Criteria">The criteria text, in the registry's layout ("Inclusion Criteria:\n\n* …\n\nExclusion Criteria:\n\n* …").</param>
public sealed record EligibilityText(string Criteria)
{
    internal static EligibilityText? From(EligibilityModule? eligibility) =>
        string.IsNullOrWhiteSpace(eligibility?.EligibilityCriteria) ? null : new(eligibility.EligibilityCriteria);
}
