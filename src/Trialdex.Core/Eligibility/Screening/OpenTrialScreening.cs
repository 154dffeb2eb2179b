namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// One patient screened against every trial of an <see cref="OpenTrialSet"/>: each trial's verdict and ranking
/// weight, the counts by verdict, and each trial's screening, criterion by criterion, when asked for. Used by one
/// caller at a time.
/// </summary>
public sealed class OpenTrialScreening
{
    private readonly OpenTrialSet _set;
    private readonly ScreeningTally[] _tallies;
    private readonly Func<int, TrialScreening> _screening;

    internal OpenTrialScreening(OpenTrialSet set, ScreeningTally[] tallies, Func<int, TrialScreening> screening)
    {
        (_set, _tallies, _screening) = (set, tallies, screening);
        foreach (var tally in tallies)
        {
            switch (tally.Verdict)
            {
                case TrialVerdict.LikelyEligible: LikelyEligible++; break;
                case TrialVerdict.PossiblyEligible: PossiblyEligible++; break;
                default: NotEligible++; break;
            }
        }
    }

    /// <summary>How many trials were screened.</summary>
    public int Screened => _tallies.Length;

    /// <summary>How many trials the patient is likely eligible for.</summary>
    public int LikelyEligible { get; }

    /// <summary>How many trials the patient is possibly eligible for.</summary>
    public int PossiblyEligible { get; }

    /// <summary>How many trials rule the patient out.</summary>
    public int NotEligible { get; }

    /// <summary>The verdict for the trial, or null when the set does not hold it.</summary>
    public TrialVerdict? VerdictOf(string nctId) => _set.IndexOf(nctId) is >= 0 and var i ? _tallies[i].Verdict : null;

    /// <summary>The eligibility weight (<see cref="MatchScore.Weight"/>) for the trial, or null when the set does not hold it.</summary>
    /// <remarks>A trial whose age or sex limits rule the patient out has the weight of that rule-out whatever its criteria say, so its criteria are not checked.</remarks>
    public double? WeightOf(string nctId) => _set.IndexOf(nctId) is >= 0 and var i ? _tallies[i].Weight : null;

    /// <summary>
    /// The trial's screening, criterion by criterion, or null when the set does not hold it: the verdicts, evidence
    /// and missing facts of the full screening, for ranking questions. Not for showing: the registry's age limits are
    /// named in days (as the store indexes them), and a criterion shared with other trials may carry another trial's spans.
    /// </summary>
    internal TrialScreening? ScreeningOf(string nctId) => _set.IndexOf(nctId) is >= 0 and var i ? _screening(i) : null;
}
