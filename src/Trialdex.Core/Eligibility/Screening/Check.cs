using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>The outcome of checking one constraint: a verdict, why, the evidence, and what would settle it.</summary>
internal sealed record Check(CriterionVerdict Verdict, string Reason)
{
    public IReadOnlyList<ScreeningEvidence> Evidence { get; init; } = [];

    public MissingFact? Missing { get; init; }

    public TextSpan? Span { get; init; }

    /// <summary>The kind of constraint the verdict rests on, or null.</summary>
    public Constraints.ConstraintKind? Kind { get; init; }

    public static Check Met(string reason, string fact, FactSource source) =>
        new(CriterionVerdict.Met, reason) { Evidence = [new(fact, source)] };

    public static Check NotMet(string reason, string fact, FactSource source) =>
        new(CriterionVerdict.NotMet, reason) { Evidence = [new(fact, source)] };

    public static Check Of(bool holds, string reason, string fact, FactSource source) =>
        holds ? Met(reason, fact, source) : NotMet(reason, fact, source);

    public static Check Unknown(string reason, MissingFact? missing = null) =>
        new(CriterionVerdict.Unknown, reason) { Missing = missing };

    /// <summary>The check of the opposite statement ("not pregnant" from "pregnant").</summary>
    public Check Negate() => Verdict switch
    {
        CriterionVerdict.Met => this with { Verdict = CriterionVerdict.NotMet },
        CriterionVerdict.NotMet => this with { Verdict = CriterionVerdict.Met },
        _ => this,
    };
}
