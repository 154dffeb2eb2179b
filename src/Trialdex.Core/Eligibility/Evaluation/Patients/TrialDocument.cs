using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>The text of a trial that BM25 reads: titles, conditions, keywords, summary, description and criteria.</summary>
internal static class TrialDocument
{
    public static string Text(Study study)
    {
        var p = study.ProtocolSection;
        return string.Join('\n', new[]
        {
            p?.IdentificationModule?.BriefTitle,
            p?.IdentificationModule?.OfficialTitle,
            string.Join(", ", p?.ConditionsModule?.Conditions ?? []),
            string.Join(", ", p?.ConditionsModule?.Keywords ?? []),
            p?.DescriptionModule?.BriefSummary,
            p?.DescriptionModule?.DetailedDescription,
            p?.EligibilityModule?.EligibilityCriteria,
        }.OfType<string>());
    }
}
