namespace Trialdex.Core.Studies;

/// <summary>Outcome measures, in three lists of the same shape.</summary>
public sealed record OutcomesModule
{
    public IReadOnlyList<Outcome>? PrimaryOutcomes { get; set; }

    public IReadOnlyList<Outcome>? SecondaryOutcomes { get; set; }

    public IReadOnlyList<Outcome>? OtherOutcomes { get; set; }
}

/// <summary>One outcome measure: what is measured and when.</summary>
public sealed record Outcome
{
    public string? Measure { get; set; }

    public string? Description { get; set; }

    public string? TimeFrame { get; set; }
}
