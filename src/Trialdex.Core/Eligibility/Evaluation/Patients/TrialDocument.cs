using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>
/// The text of a trial that BM25 reads: brief and official titles, conditions and keywords. Of the texts tried on
/// TREC 2021 (adding the summary, the description, the criteria), this one gave plain BM25 its best NDCG@10, so
/// the baseline is the strongest plain BM25 found, not a weak one.
/// </summary>
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
        }.OfType<string>());
    }
}
