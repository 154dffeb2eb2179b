using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Web.Features.Prescreen;

/// <summary>The answer of <c>POST /api/prescreen</c>: ranked trials with their explanations, the questions, and reading problems.</summary>
/// <param name="Input">How the body was read: PatientJson, FhirBundle or Note.</param>
/// <param name="Candidates">How many trials the search offered and were screened.</param>
/// <param name="Trials">The ranked trials, best first.</param>
/// <param name="Questions">The facts that would settle the most trials, most first.</param>
/// <param name="Problems">What the reader could not read or doubted; places only, never the patient's words.</param>
public sealed record PrescreenResponse(
    string Input,
    int Candidates,
    IReadOnlyList<PrescreenTrial> Trials,
    IReadOnlyList<PrescreenQuestion> Questions,
    IReadOnlyList<PrescreenProblem> Problems)
{
    /// <summary>With <c>allOpen=true</c>: the verdicts over every open trial of the store; otherwise null.</summary>
    public PrescreenOpenTrials? AllOpen { get; init; }

    /// <summary>Every fact read from the input, in plain words with where it is stated, to check the reading against.</summary>
    public IReadOnlyList<PrescreenFact> Read { get; init; } = [];
}

/// <summary>A fact read from the input: its kind (age, sex, condition, observation, …), in plain words, and where the input states it.</summary>
public sealed record PrescreenFact(string Kind, string Fact, string Source);

/// <summary>How every open trial of the store came out for the patient.</summary>
/// <param name="Screened">How many open trials were screened.</param>
/// <param name="LikelyEligible">How many the patient is likely eligible for.</param>
/// <param name="PossiblyEligible">How many the patient is possibly eligible for.</param>
/// <param name="NotEligible">How many rule the patient out.</param>
public sealed record PrescreenOpenTrials(int Screened, int LikelyEligible, int PossiblyEligible, int NotEligible);

/// <summary>One ranked trial.</summary>
/// <param name="NctId">The trial's id.</param>
/// <param name="Title">Its brief title, or null.</param>
/// <param name="Status">Its overall status ("RECRUITING"), or null.</param>
/// <param name="Verdict">LikelyEligible, PossiblyEligible or NotEligible.</param>
/// <param name="Score">The ranking score (higher first).</param>
/// <param name="Relevance">Topical relevance, 0 to 1.</param>
/// <param name="Deciding">The text of the criterion that rules the patient out, or null.</param>
/// <param name="NearestSiteKm">Distance to the nearest site when a place was given, or null.</param>
/// <param name="Criteria">Every criterion with its verdict and evidence, registry fields first.</param>
public sealed record PrescreenTrial(
    string NctId,
    string? Title,
    string? Status,
    string Verdict,
    double Score,
    double Relevance,
    string? Deciding,
    double? NearestSiteKm,
    IReadOnlyList<PrescreenCriterion> Criteria);

/// <summary>One criterion of a trial checked against the patient.</summary>
/// <param name="Origin">Inclusion, Exclusion, Unclassified or RegistryField.</param>
/// <param name="Text">The criterion's text.</param>
/// <param name="Span">Where it lies in the trial's eligibility text, or null for a registry field.</param>
/// <param name="ConstraintSpan">Where the constraint its verdict rests on lies in the eligibility text, or null.</param>
/// <param name="Verdict">Met, NotMet, Unknown or NotApplicable (for an exclusion, Met means it applies).</param>
/// <param name="RulesOut">True when this criterion makes the patient not eligible.</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="Evidence">The patient facts the verdict rests on, with where the input states them.</param>
/// <param name="Questions">What would settle it, when it is unknown.</param>
public sealed record PrescreenCriterion(
    string Origin,
    string Text,
    PrescreenSpan? Span,
    PrescreenSpan? ConstraintSpan,
    string Verdict,
    bool RulesOut,
    string Reason,
    IReadOnlyList<PrescreenEvidence> Evidence,
    IReadOnlyList<string> Questions);

/// <summary>A region of the eligibility text.</summary>
public sealed record PrescreenSpan(int Start, int Length);

/// <summary>A patient fact and its place in the input ("$.age", "note 0+11", "Observation/o1").</summary>
public sealed record PrescreenEvidence(string Fact, string Source);

/// <summary>A fact still needed, and how many trials it bears on.</summary>
public sealed record PrescreenQuestion(string Key, string Question, int Trials);

/// <summary>A reading problem: severity, place, message.</summary>
public sealed record PrescreenProblem(string Severity, string Where, string Message);

/// <summary>Maps the matcher's results to the response, explicitly.</summary>
internal static class PrescreenMapping
{
    public static PrescreenResponse Map(PatientInputResult read, MatchResult? result) => new(
        read.Kind.ToString(),
        result?.Candidates ?? 0,
        [.. (result?.Trials ?? []).Select(Trial)],
        [.. (result?.Questions ?? []).Select(q => new PrescreenQuestion(q.Key, q.Question, q.Trials))],
        [.. read.Result.Problems.Select(p => new PrescreenProblem(p.Severity.ToString(), p.Where, p.Message))])
    {
        AllOpen = result?.AllOpen is { } open ? new PrescreenOpenTrials(open.Screened, open.LikelyEligible, open.PossiblyEligible, open.NotEligible) : null,
        Read = read.Result.Patient is { } patient ? [.. PatientFacts.Describe(patient).Select(f => new PrescreenFact(f.Kind, f.Text, f.Source.ToString()))] : [],
    };

    private static PrescreenTrial Trial(TrialMatch t) => new(
        t.NctId, t.Title, t.OverallStatus, t.Screening.Verdict.ToString(), t.Score, t.Relevance,
        t.Screening.Deciding?.Text, t.Nearest?.DistanceKm,
        [.. t.Screening.Criteria.Select(c => new PrescreenCriterion(
            c.Origin.ToString(), c.Text, Span(c.Span), Span(c.ConstraintSpan), c.Verdict.ToString(), c.RulesOut, c.Reason,
            [.. c.Evidence.Select(e => new PrescreenEvidence(e.Fact, e.Source.ToString()))],
            [.. c.Missing.Select(m => m.Question)]))]);

    private static PrescreenSpan? Span(Trialdex.Core.TextSpan? span) => span is { } s ? new PrescreenSpan(s.Start, s.Length) : null;
}
