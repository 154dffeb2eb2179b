using Trialdex.Core.Eligibility.Evaluation.Patients;
using Trialdex.Tests;

namespace Trialdex.Core.Tests.Eligibility.Evaluation;

/// <summary>
/// Runs the patient evaluation on the real TREC 2021 topics and the XML sample. It asserts only that it runs and
/// that the counts are sane: the measured numbers go to EVALUATION.md, never into assertions.
/// </summary>
public sealed class PatientEvaluationSharedDataTests
{
    [SharedDataFact]
    public void The_trec_2021_evaluation_runs_over_the_judged_trials_of_the_xml_sample()
    {
        var topics = PatientTopics.ReadQueries(SharedData.Path("eval", "patients", "trec_2021", "queries.jsonl"));
        var judgments = PatientTopics.ReadQrels(SharedData.Path("eval", "patients", "trec_2021", "test.tsv"));
        var trials = JudgedTrials.Read([SharedData.Path("ctgov", "AllPublicXML-sample.zip")], judgments.Select(j => j.NctId).ToHashSet(StringComparer.Ordinal));

        var result = PatientEvaluation.Run(topics, judgments, trials);

        Assert.InRange(topics.Count, 70, 80);
        Assert.InRange(result.Pairs, 600, 900);
        Assert.InRange(result.Topics, 50, topics.Count);
        Assert.InRange(result.ScoredTopics, 30, result.Topics);
        Assert.InRange(result.Eligible + result.Excluded, 1, result.Pairs);
        Assert.InRange(result.Matcher.Ndcg10, 0, 1);
        Assert.InRange(result.Baseline.Ndcg10, 0, 1);
        Assert.NotNull(result.Matcher.Auroc);
    }
}
