namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>The measures of one ranking method over an evaluation set.</summary>
/// <param name="Ndcg10">Mean NDCG@10 over the topics with a trial graded above 0.</param>
/// <param name="P10">Mean P@10 over the same topics.</param>
/// <param name="Auroc">Eligible (2) against excluded (1), pooled over topics; null without both.</param>
public sealed record RankingScores(double Ndcg10, double P10, double? Auroc);

/// <summary>What the patient evaluation measured: the matcher and the plain BM25 baseline on the same pairs.</summary>
/// <param name="Matcher">The screener's ranking (topical relevance times eligibility weight).</param>
/// <param name="Baseline">Plain BM25 of the topic text over the judged trials' text.</param>
/// <param name="Pairs">Judged (topic, trial) pairs whose trial record was found.</param>
/// <param name="Topics">Topics with at least one such pair.</param>
/// <param name="ScoredTopics">Topics with a trial graded above 0 among their pairs: the ones NDCG@10 and P@10 average over.</param>
/// <param name="Eligible">Pairs graded 2.</param>
/// <param name="Excluded">Pairs graded 1.</param>
/// <param name="MissingTrials">Judged trials whose record was not in the trials given.</param>
public sealed record PatientEvaluationResult(
    RankingScores Matcher,
    RankingScores Baseline,
    int Pairs,
    int Topics,
    int ScoredTopics,
    int Eligible,
    int Excluded,
    int MissingTrials);
