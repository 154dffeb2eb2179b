using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// What the screener reads from a criterion before it looks at any patient: how it counts (a stated exclusion
/// listed among inclusions counts as an exclusion), the constraints it checks, and whether the text alone settles
/// it (a heading, a placeholder, consent). Prepared once per criterion, so that screening many patients, or every
/// open trial for one patient, does not read the same text again.
/// </summary>
internal sealed class CriterionPlan
{
    private CriterionPlan(ParsedCriterion criterion, CriterionKind kind, IReadOnlyList<Constraint> constraints, Check? settled)
    {
        Criterion = criterion;
        Kind = kind;
        Constraints = constraints;
        Settled = settled;
        Origin = kind switch
        {
            CriterionKind.Inclusion => CriterionOrigin.Inclusion,
            CriterionKind.Exclusion => CriterionOrigin.Exclusion,
            _ => CriterionOrigin.Unclassified,
        };
    }

    public ParsedCriterion Criterion { get; }

    /// <summary>The criterion's kind as the screener reads it (an inclusion that says "ineligible" is read as an exclusion).</summary>
    public CriterionKind Kind { get; }

    public CriterionOrigin Origin { get; }

    /// <summary>The constraints checked: negation read again from the text, those naming no condition left out.</summary>
    public IReadOnlyList<Constraint> Constraints { get; }

    /// <summary>The check when the text alone settles it, whoever the patient is; otherwise null.</summary>
    public Check? Settled { get; }

    /// <summary>The plans of every criterion of <paramref name="criteria"/>, in order.</summary>
    public static CriterionPlan[] Prepare(ParsedCriteria criteria)
    {
        var list = criteria.Criteria;
        var plans = new CriterionPlan[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            plans[i] = Prepare(list[i], isHeading: i + 1 < list.Count && list[i + 1].Depth > list[i].Depth);
        }

        return plans;
    }

    /// <summary>The plan of one criterion; <paramref name="isHeading"/> when sub-criteria follow it.</summary>
    public static CriterionPlan Prepare(ParsedCriterion criterion, bool isHeading)
    {
        var kind = StatedExclusion.Reads(criterion) ? CriterionKind.Exclusion : criterion.Kind;
        try
        {
            var constraints = CriterionNegation.Adjust(criterion.Text, [.. criterion.Constraints.Where(c => !TrialContext.NamesNoCondition(c))]);
            return new CriterionPlan(criterion, kind, constraints, CriterionChecker.Settle(criterion, constraints, isHeading));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException)
        {
            // A defect in one check must not cost the patient the whole screening: that criterion stays unknown.
            return new CriterionPlan(criterion, kind, [], Check.Unknown("the criterion could not be checked"));
        }
    }
}
