using System.Globalization;
using System.Text.RegularExpressions;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Time windows counted back from the screening ("myocardial infarction within the last 6 months", "major surgery
/// within 4 weeks prior to enrollment", "diabetes for more than 5 years"), checked against the date of the patient's
/// fact and the date the record is as of (<see cref="Patient.AsOf"/>). Without either
/// date, or for a window counted from another event ("within 3 months after transplantation"), the criterion stays
/// unknown, as it always was. A condition's onset settles "more than" both ways but "within" only when it falls
/// inside the window (a condition that began earlier may still be present); a procedure is a single event and
/// settles both; a lab value inside the window meets it, an older one leaves it unknown (it must be measured again).
/// </summary>
internal static partial class TimeWindowChecks
{
    /// <summary>
    /// A criterion that is nothing but an event and its window: the event looked for among the patient's conditions
    /// and procedures, then the window checked. Null when the criterion has no such window or the record does not
    /// name the event.
    /// </summary>
    public static Check? NamedEvent(ParsedCriterion criterion, Patient patient, TrialContext trial)
    {
        if (criterion.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.TimeWindow && c.Field != "time" && Usable(criterion.Text, c)) is not { } window)
        {
            return null;
        }

        // "Cirrhosis course more than 5 years", "duration of diabetes": the words of time name no part of the event.
        var name = DurationWord().Replace(window.Field, " ").Trim();
        if (name.Length < 3)
        {
            return null;
        }

        var named = new Constraint { Kind = ConstraintKind.Condition, Field = name, Span = window.Span };
        var check = ConceptChecks.Find(named, patient, trial) is not null ? ConceptChecks.Condition(named, patient, trial)
            : patient.Procedures.Any(p => p.Name is { } done && Terms.Covers(name, done)) ? ConceptChecks.Procedure(named with { Kind = ConstraintKind.Procedure }, patient)
            : null;
        if (check is null)
        {
            // Not in the record: asking "has the patient had it?" would leave out the window, so nothing is asked.
            return null;
        }

        var result = check.Verdict == CriterionVerdict.Met ? Apply(check, criterion, patient) : check with { Span = window.SourceSpan, Kind = ConstraintKind.TimeWindow };
        return window.Flags.HasFlag(ConstraintFlags.Negated) ? result.Negate() : result;
    }

    /// <summary>
    /// A met check of a criterion with a time window, settled by the window when the fact it rests on is dated; unknown
    /// (as before windows were checked) when it cannot be, or when the criterion states more than one requirement (the
    /// window may be another one's: "hemoglobin ≥ 9 g/dL and no transfusion within 14 days").
    /// </summary>
    public static Check Apply(Check met, ParsedCriterion criterion, Patient patient)
    {
        var window = criterion.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.TimeWindow && Usable(criterion.Text, c));
        var checkable = criterion.Constraints.Count(c => c.Kind is not (ConstraintKind.TimeWindow or ConstraintKind.Unstructured or ConstraintKind.Count));
        if (window is null || checkable > 1 || met.Evidence.Count != 1 || ElapsedOf(met.Evidence[0].Source, patient) is not { } fact)
        {
            return met with { Verdict = CriterionVerdict.Unknown, Reason = met.Reason + ", but the criterion's time window was not checked" };
        }

        var days = window.Normalized!.Values[0];
        var within = window.Operator is ComparisonOperator.Less or ComparisonOperator.LessOrEqual;
        var described = $"{met.Reason}, {fact.When}, {(within ? "within" : "more than")} {window.Values[0].ToString(CultureInfo.InvariantCulture)} {window.Unit}";
        bool? holds = within
            ? fact.Most <= days ? true : fact.Least > days && fact.Kind == FactKind.Procedure ? false : null
            : fact.Least >= days ? true : fact.Most < days && fact.Kind != FactKind.Observation ? false : null;
        return holds switch
        {
            true => met with { Reason = described + ": yes", Span = window.SourceSpan ?? met.Span },
            false => met with { Verdict = CriterionVerdict.NotMet, Reason = described + ": no", Span = window.SourceSpan ?? met.Span },
            null => met with { Verdict = CriterionVerdict.Unknown, Reason = described + ": that does not settle it" },
        };
    }

    /// <summary>
    /// A window of one length, counted back from the screening: nothing after it, or "prior to enrollment", "before
    /// randomization", "of screening" and the like; not "after transplantation", "since diagnosis" or "of surgery".
    /// </summary>
    private static bool Usable(string text, Constraint window)
    {
        if (window.Normalized is not { Kind: Units.UnitKind.Time, Values.Count: 1 } || window.Values.Count != 1
            || window.Operator is not (ComparisonOperator.Less or ComparisonOperator.LessOrEqual or ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual))
        {
            return false;
        }

        var end = Math.Min(text.Length, window.Span.Start + window.Span.Length);
        var after = text[end..];
        return !AnchorWord().IsMatch(after) || ScreeningAnchor().IsMatch(after);
    }

    private enum FactKind { Condition, Procedure, Observation }

    /// <summary>
    /// How long before the record's date the fact happened, in days (a range when a date or a phrase is not exact),
    /// and how to say so: from its date and the record's as-of date, or from a note's "2 years ago".
    /// </summary>
    private static (double Least, double Most, string When, FactKind Kind)? ElapsedOf(FactSource source, Patient patient)
    {
        var asOf = patient.AsOf;
        (PartialDate? Date, ElapsedDays? Elapsed, FactKind Kind)? fact =
            patient.Conditions.FirstOrDefault(c => c.Source == source) is { Negated: false } condition ? (condition.Onset, condition.Elapsed, FactKind.Condition)
            : patient.Procedures.FirstOrDefault(p => p.Source == source) is { } procedure ? (procedure.Date, procedure.Elapsed, FactKind.Procedure)
            : patient.Observations.FirstOrDefault(o => o.Source == source) is { } observation ? (observation.Date, null, FactKind.Observation)
            : null;
        if (fact is { Date: { } date } && asOf is { } now)
        {
            var (least, most) = (now.DayNumber - date.Latest.DayNumber, now.DayNumber - date.Earliest.DayNumber);
            return (least, most, $"dated {date} ({Days(least, most)} before {now:yyyy-MM-dd})", fact.Value.Kind);
        }

        return fact is { Elapsed: { } elapsed } ? (elapsed.Least, elapsed.Most, $"{Days(elapsed.Least, elapsed.Most)} before the record", fact.Value.Kind) : null;
    }

    private static string Days(double least, double most) =>
        Math.Round(least) == Math.Round(most)
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(least)} days")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(least)}–{Math.Round(most)} days");

    [GeneratedRegex(@"\b(course|duration|history|diagnosis)(\s+of)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationWord();

    /// <summary>Words that tie a window to an event: "after", "following", "since", "from", "of", "before", "prior to".</summary>
    [GeneratedRegex(@"^\W{0,3}(after|following|since|from|of|before|prior\s+to|preceding|post)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorWord();

    /// <summary>Events that are the screening itself: counting back from them is counting back from now.</summary>
    [GeneratedRegex(@"^\W{0,3}(before|prior\s+to|preceding|of|from)\s+(the\s+)?(study\s+)?(enrol?lment|screening|randomi[sz]ation|registration|entry|study\s+entry|inclusion|consent|informed\s+consent|baseline|day\s*1|first\s+dose|the\s+first\s+dose|study\s+start|start\s+of\s+(the\s+)?study|signing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScreeningAnchor();
}
