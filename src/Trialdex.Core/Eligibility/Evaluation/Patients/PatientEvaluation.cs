using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using System.Globalization;
using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>
/// Scores patient-to-trial matching on judged topics (TREC Clinical Trials 2021, SIGIR 2016): for each topic, its
/// judged trials whose records are given are ranked twice — by plain BM25 of the topic text over the trials' text
/// (the baseline), and by the matcher: the patient is read from the note (<see cref="ClinicalNoteReader"/>), each
/// trial screened (<see cref="Screener"/>), and ranked by <see cref="MatchScore.Combine"/> of a topical relevance
/// (<see cref="ConditionRelevance"/>: the same BM25 over the topic's best, mixed with the MeSH match of the
/// patient's and the trial's conditions when a vocabulary is given) and the screening. Judgments are used only to score the rankings, never to make them.
/// </summary>
public static class PatientEvaluation
{
    /// <summary>Ranks and scores every topic with judged trials among <paramref name="trials"/>.</summary>
    /// <param name="topics">The patient descriptions.</param>
    /// <param name="judgments">The graded (topic, trial) pairs.</param>
    /// <param name="trials">The trial records found, by NCT id.</param>
    /// <param name="vocabulary">MeSH, to find conditions in notes and criteria; null reads them by words only.</param>
    /// <param name="details">Receives one tab-separated line per ranked pair, or null: topic, trial, grade, relative BM25, verdict, score, ruled out by age or sex (1/0), criteria ruling out, exclusions naming a patient condition, inclusions naming one, criteria met, exclusions not met, origin of the deciding criterion, each criterion ruling out with its reason (" | " between them), the topical relevance, and the eligibility weight.</param>
    public static PatientEvaluationResult Run(
        IReadOnlyList<PatientTopic> topics, IReadOnlyList<TrialJudgment> judgments, IReadOnlyDictionary<string, Study> trials,
        MeshVocabulary? vocabulary = null, TextWriter? details = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(trials);
        var found = judgments.Where(j => trials.ContainsKey(j.NctId)).DistinctBy(j => (j.TopicId, j.NctId)).ToList();
        var ids = found.Select(j => j.NctId).Distinct(StringComparer.Ordinal).ToList();
        var index = new Bm25Index(ids.Select(id => KeyValuePair.Create(id, TrialDocument.Text(trials[id]))));
        var criteria = found.Select(j => j.NctId).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => ConstraintExtractor.Parse(trials[id].ProtocolSection?.EligibilityModule?.EligibilityCriteria, vocabulary), StringComparer.Ordinal);
        var studied = ids.ToDictionary(
            id => id,
            id => TrialContext.Studied(trials[id].ProtocolSection?.ConditionsModule?.Conditions, trials[id].ProtocolSection?.IdentificationModule?.BriefTitle),
            StringComparer.Ordinal);
        var matcher = new Scores();
        var baseline = new Scores();
        var topicCount = 0;
        var scoredTopics = 0;
        foreach (var topic in topics)
        {
            var judged = found.Where(j => j.TopicId == topic.Id).ToList();
            topicCount += judged.Count > 0 ? 1 : 0;
            if (judged.All(j => j.Grade == 0))
            {
                continue;
            }

            scoredTopics++;
            var terms = Bm25Tokens.Of(topic.Text).Distinct(StringComparer.Ordinal).ToList();
            var bm25 = judged.ToDictionary(j => j.NctId, j => index.Score(j.NctId, terms), StringComparer.Ordinal);
            var best = Math.Max(bm25.Values.Max(), 1e-9);
            var patient = ClinicalNoteReader.Read(topic.Text, vocabulary).Patient ?? new Patient();
            var relevance = new ConditionRelevance(patient, vocabulary);
            double Relevance(string id) => relevance.Of(bm25[id], best, studied[id]);
            var combined = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var j in judged)
            {
                var screening = Screener.ScreenTrial(patient, trials[j.NctId].ProtocolSection, criteria[j.NctId], vocabulary: vocabulary);
                combined[j.NctId] = MatchScore.Combine(Relevance(j.NctId), screening);
                details?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{topic.Id}\t{j.NctId}\t{j.Grade}\t{bm25[j.NctId] / best:0.000}\t{screening.Verdict}\t{combined[j.NctId]:0.000}\t{(screening.RuledOutBy.Any(c => c.IsDemographic) ? 1 : 0)}\t{screening.RuledOutBy.Count()}\t{screening.Criteria.Count(c => c.Origin == CriterionOrigin.Exclusion && c.Mentions.Count > 0)}\t{screening.Criteria.Count(c => c.Origin == CriterionOrigin.Inclusion && c.Mentions.Count > 0)}\t{screening.Criteria.Count(c => c.Verdict == CriterionVerdict.Met && c.Origin != CriterionOrigin.Exclusion)}\t{screening.Criteria.Count(c => c.Verdict == CriterionVerdict.NotMet && c.Origin == CriterionOrigin.Exclusion)}\t{screening.Deciding?.Origin}\t{RuledOutText(screening)}\t{Relevance(j.NctId):0.000}\t{MatchScore.Weight(screening):0.000}"));
            }

            baseline.Add(judged, id => bm25[id] / best);
            matcher.Add(judged, id => combined[id]);
        }

        return new PatientEvaluationResult(
            matcher.Result(), baseline.Result(), found.Count, topicCount, scoredTopics,
            found.Count(j => j.Grade == 2), found.Count(j => j.Grade == 1),
            judgments.Select(j => j.NctId).Distinct(StringComparer.Ordinal).Count(id => !trials.ContainsKey(id)));
    }

    /// <summary>The criteria ruling the patient out, each as "origin: text — reason", on one line without tabs.</summary>
    private static string RuledOutText(TrialScreening screening) =>
        string.Join(" | ", screening.RuledOutBy.Select(c => $"{c.Origin}: {c.Text} — {c.Reason}"))
            .ReplaceLineEndings(" ").Replace('\t', ' ');

    /// <summary>The running measures of one method.</summary>
    private sealed class Scores
    {
        private readonly List<double> _ndcg = [];
        private readonly List<double> _precision = [];
        private readonly List<double> _eligible = [];
        private readonly List<double> _excluded = [];

        public void Add(IReadOnlyList<TrialJudgment> judged, Func<string, double> score)
        {
            // Ties are broken by NCT id, so that the ranking never depends on the order of the judgments file.
            var ranked = judged.OrderByDescending(j => score(j.NctId)).ThenBy(j => j.NctId, StringComparer.Ordinal).Select(j => j.Grade).ToList();
            _ndcg.Add(RankingMetrics.Ndcg(ranked, 10) ?? 0);
            _precision.Add(RankingMetrics.PrecisionAt(ranked, 10));
            _eligible.AddRange(judged.Where(j => j.Grade == 2).Select(j => score(j.NctId)));
            _excluded.AddRange(judged.Where(j => j.Grade == 1).Select(j => score(j.NctId)));
        }

        public RankingScores Result() => new(
            _ndcg.Count == 0 ? 0 : _ndcg.Average(),
            _precision.Count == 0 ? 0 : _precision.Average(),
            RankingMetrics.Auroc(_eligible, _excluded));
    }
}
