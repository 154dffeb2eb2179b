namespace Trialdex.Core.Studies;

/// <summary>Outcome measures, in three lists of the same shape.</summary>
public sealed record OutcomesModule
{
    public IReadOnlyList<Outcome>? PrimaryOutcomes { get; init; }

    public IReadOnlyList<Outcome>? SecondaryOutcomes { get; init; }

    public IReadOnlyList<Outcome>? OtherOutcomes { get; init; }
}

/// <summary>One outcome measure: what is measured and when.</summary>
public sealed record Outcome
{
    public string? Measure { get; init; }

    public string? Description { get; init; }

    public string? TimeFrame { get; init; }
}
