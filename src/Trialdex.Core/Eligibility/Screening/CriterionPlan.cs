using System.Text;
using System.Text.Json;
using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// What the screener reads from a criterion before it looks at any patient: how it counts (a stated exclusion
/// listed among inclusions counts as an exclusion), the constraints it checks, and whether the text alone settles
/// it (a heading, a placeholder, consent). Prepared once per criterion, so that screening many patients, or every
/// open trial for one patient, does not read the same text again.
/// </summary>
internal sealed partial class CriterionPlan
{
    private CriterionPlan(ParsedCriterion criterion, bool isHeading, CriterionKind kind, IReadOnlyList<Constraint> constraints, Check? settled)
    {
        IsHeading = isHeading;
        Criterion = criterion;
        NormalizedText = Terms.Normalize(criterion.Text);
        ConditionName = criterion.Constraints.Count == 0 ? "" : Screening.ConditionName.Strip(criterion.Text);
        Kind = kind;
        Constraints = constraints;
        Settled = settled;
        AllUnstructured = constraints.All(c => c.Kind == ConstraintKind.Unstructured);
        Timed = constraints.Any(c => c.Kind is ConstraintKind.TimeWindow || c.Flags.HasFlag(ConstraintFlags.Recent));
        Groups = [.. constraints.Where(c => c.Kind is not (ConstraintKind.TimeWindow or ConstraintKind.Count or ConstraintKind.Unstructured))
            .GroupBy(c => c.OrGroup).Select(g => (g.Key, g.ToArray()))];
        AllDenials = Groups.Count > 0 && Groups.All(g => g.Members.All(CriterionChecker.IsDenial));
        AgeScope = constraints.Any(c => c.Kind == ConstraintKind.Age)
            ? null
            : criterion.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.Age && c.Flags.HasFlag(ConstraintFlags.Conditional));
        ForVolunteersOnly = constraints.Any(c => c.Kind == ConstraintKind.HealthyVolunteers)
            && constraints.Any(c => c.Kind is not (ConstraintKind.HealthyVolunteers or ConstraintKind.Unstructured or ConstraintKind.TimeWindow or ConstraintKind.Count))
            && VolunteerRule().IsMatch(criterion.Text);
        SexRule = constraints.Any(c => c.Kind is not (ConstraintKind.Sex or ConstraintKind.Age or ConstraintKind.TimeWindow or ConstraintKind.Count or ConstraintKind.Unstructured))
            ? constraints.FirstOrDefault(c => c.Kind == ConstraintKind.Sex)
            : null;
        Origin = kind switch
        {
            CriterionKind.Inclusion => CriterionOrigin.Inclusion,
            CriterionKind.Exclusion => CriterionOrigin.Exclusion,
            _ => CriterionOrigin.Unclassified,
        };
    }

    public ParsedCriterion Criterion { get; }

    /// <summary>The criterion's words as <see cref="Terms.Normalize"/> gives them, to find the patient's conditions it names.</summary>
    public string NormalizedText { get; }

    /// <summary>The condition the criterion names when it is nothing but a condition's name (<see cref="Screening.ConditionName.Strip"/>), or "".</summary>
    public string ConditionName { get; }

    /// <summary>True when sub-criteria follow the criterion.</summary>
    public bool IsHeading { get; }

    /// <summary>True when the criterion belongs to the trial's group of healthy volunteers beside its patients (<see cref="VolunteerGroups"/>).</summary>
    public bool ForHealthyVolunteers { get; private init; }

    /// <summary>
    /// What the screening of the criterion depends on, as text: the criterion and its constraints without where they
    /// lie in the eligibility text, and whether sub-criteria follow it. Plans with the same key screen alike.
    /// </summary>
    public string Key => (IsHeading ? "H" : "-") + (ForHealthyVolunteers ? "V" : "-") + Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes<IReadOnlyList<ParsedCriterion>>([Criterion with
    {
        Span = default,
        Depth = 0,
        Constraints = [.. Criterion.Constraints.Select(c => c with { Span = default, ComparisonSpan = null, SourceSpan = null, SourceComparisonSpan = null })],
    }], StoredCriteriaJson.Criteria));

    /// <summary>The criterion's kind as the screener reads it (an inclusion that says "ineligible" is read as an exclusion, an exclusion that says "must" as an inclusion).</summary>
    public CriterionKind Kind { get; }

    public CriterionOrigin Origin { get; }

    /// <summary>The constraints checked: negation read again from the text, those naming no condition left out.</summary>
    public IReadOnlyList<Constraint> Constraints { get; }

    /// <summary>The check when the text alone settles it, whoever the patient is; otherwise null.</summary>
    public Check? Settled { get; }

    // What CriterionChecker.Evaluate reads of the constraints for every patient, worked out once.

    /// <summary>True when no constraint is computable.</summary>
    public bool AllUnstructured { get; }

    /// <summary>True when every checked constraint denies what it names ("No chemotherapy or radiotherapy within 4 weeks").</summary>
    public bool AllDenials { get; }

    /// <summary>True when a time window qualifies the criterion.</summary>
    public bool Timed { get; }

    /// <summary>The checked constraints (not time windows, counts or unstructured) by OR group, in text order; group 0 holds those in no group.</summary>
    public IReadOnlyList<(int OrGroup, Constraint[] Members)> Groups { get; }

    /// <summary>
    /// The age that says when the criterion applies ("If older than 65, creatinine clearance ≥ 60 mL/min"), when the
    /// criterion asks for no age itself; otherwise null. A patient outside it is not asked the criterion.
    /// </summary>
    public Constraint? AgeScope { get; }

    /// <summary>
    /// True when the criterion states a rule for the trial's healthy volunteers beside other requirements ("Healthy
    /// volunteers must not have a history of atopic dermatitis"): a patient who is not one is not asked it.
    /// </summary>
    public bool ForVolunteersOnly { get; }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhealthy\s+(volunteers?|subjects?|controls?|participants?|individuals)\s+(must|should|will|may|cannot|can|need|are\s+required)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex VolunteerRule();

    /// <summary>The sex named beside other requirements ("female patients must have a negative pregnancy test"), which says whom the rule is for; otherwise null.</summary>
    public Constraint? SexRule { get; }

    /// <summary>The plans of every criterion of <paramref name="criteria"/>, in order; <paramref name="vocabulary"/> places stored descriptors in the MeSH tree.</summary>
    public static CriterionPlan[] Prepare(ParsedCriteria criteria, Vocabulary.MeshVocabulary? vocabulary = null)
    {
        var list = criteria.Criteria;
        var plans = new CriterionPlan[list.Count];
        var volunteers = VolunteerGroups.Of(list);
        for (var i = 0; i < list.Count; i++)
        {
            var plan = Prepare(list[i], isHeading: i + 1 < list.Count && list[i + 1].Depth > list[i].Depth, vocabulary);
            plans[i] = volunteers[i] ? plan.ForVolunteers() : plan;
        }

        return plans;
    }

    private CriterionPlan ForVolunteers() => new(Criterion, IsHeading, Kind, Constraints, Settled) { ForHealthyVolunteers = true };

    /// <summary>The plan of one criterion; <paramref name="isHeading"/> when sub-criteria follow it; <paramref name="vocabulary"/> places stored descriptors in the MeSH tree.</summary>
    public static CriterionPlan Prepare(ParsedCriterion criterion, bool isHeading, Vocabulary.MeshVocabulary? vocabulary = null)
    {
        var kind = StatedExclusion.Reads(criterion) ? CriterionKind.Exclusion
            : StatedExclusion.ReadsAsRequirement(criterion) ? CriterionKind.Inclusion
            : criterion.Kind;
        try
        {
            // An exception ("other than basal cell carcinoma") is not asked about: a patient who has it is not excluded for it.
            // An age saying when the rest applies ("consent of parent or guardian if under 18") is not asked for either.
            var constraints = CriterionNegation.Adjust(criterion.Text, [.. criterion.Constraints.Where(c => !TrialContext.NamesNothingToAsk(c, vocabulary) && !c.Flags.HasFlag(ConstraintFlags.Excepted) && !c.Flags.HasFlag(ConstraintFlags.Conditional))]);
            return new CriterionPlan(criterion, isHeading, kind, constraints, CriterionChecker.Settle(criterion, constraints, isHeading));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // A defect in one check (or a pattern timed out on a starved machine) must not cost the patient the whole
            // screening: that criterion stays unknown.
            return new CriterionPlan(criterion, isHeading, kind, [], Check.Unknown("the criterion could not be checked"));
        }
    }
}
