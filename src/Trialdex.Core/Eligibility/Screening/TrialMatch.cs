using Trialdex.Core.Search;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>One candidate trial for a patient: what it is, how relevant, and the screening with its explanation.</summary>
/// <param name="NctId">The trial's id.</param>
/// <param name="Title">The brief title, or null when the record has none.</param>
/// <param name="OverallStatus">The recruitment status as the API writes it ("RECRUITING"), or null.</param>
/// <param name="Relevance">Topical relevance to the patient's conditions, 0 to 1 (<see cref="ConditionRelevance"/>: the search score over the best candidate's, mixed with the MeSH match of what the trial studies when the store has a vocabulary).</param>
/// <param name="Score">The ranking score (<see cref="MatchScore.Combine"/>); trials are listed by it, highest first.</param>
/// <param name="Screening">The verdict and every criterion's verdict with evidence.</param>
/// <param name="Nearest">The trial's site nearest to the patient's place, when a place was given.</param>
public sealed record TrialMatch(
    string NctId,
    string? Title,
    string? OverallStatus,
    double Relevance,
    double Score,
    TrialScreening Screening,
    NearestSite? Nearest);

/// <summary>The ranked trials for a patient and the facts that would settle the most of them.</summary>
/// <param name="Trials">The ranked trials, best first, at most the limit asked for.</param>
/// <param name="Questions">"What we still need to know", the fact bearing on the most trials first.</param>
/// <param name="Candidates">How many trials the search offered before ranking.</param>
public sealed record MatchResult(IReadOnlyList<TrialMatch> Trials, IReadOnlyList<PatientQuestion> Questions, int Candidates)
{
    /// <summary>With <see cref="MatchOptions.AllOpen"/>: how every open trial of the store came out; otherwise null.</summary>
    public OpenTrialCounts? AllOpen { get; init; }
}

/// <summary>The verdicts of one patient over every open trial of the store.</summary>
/// <param name="Screened">How many open trials were screened.</param>
/// <param name="LikelyEligible">How many the patient is likely eligible for.</param>
/// <param name="PossiblyEligible">How many the patient is possibly eligible for.</param>
/// <param name="NotEligible">How many rule the patient out.</param>
public sealed record OpenTrialCounts(int Screened, int LikelyEligible, int PossiblyEligible, int NotEligible);

/// <summary>How to find candidate trials for a patient.</summary>
public sealed record MatchOptions
{
    /// <summary>Trials with a site within this distance of a place; null searches everywhere.</summary>
    public Geo.GeoDistance? Near { get; init; }

    /// <summary>False (the default) keeps only trials recruiting or about to; true takes every status.</summary>
    public bool AllStatuses { get; init; }

    /// <summary>
    /// True screens every open trial of the store (<see cref="TrialMatcher.OpenStatuses"/>) and counts the verdicts
    /// (<see cref="MatchResult.AllOpen"/>); <see cref="AllStatuses"/> is then ignored, and the ranked trials and
    /// questions are the ones the default match gives. It reads the store's <see cref="OpenTrialSet"/>, built at first use.
    /// </summary>
    public bool AllOpen { get; init; }

    /// <summary>How many ranked trials to return.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>How many search hits to screen before ranking.</summary>
    public int Candidates { get; init; } = 200;

    /// <summary>How many questions to return.</summary>
    public int Questions { get; init; } = 5;

    /// <summary>UCUM units to compare laboratory values: the bundled UCUM definitions unless others are given.</summary>
    public Units.UnitVocabulary? Units { get; init; } = Trialdex.Core.Eligibility.Units.UnitVocabulary.Bundled;
}
