namespace Trialdex.Core.Studies.Page;

/// <summary>One outcome measure with its time frame; <paramref name="Kind"/> is "Primary", "Secondary" or "Other".</summary>
public sealed record OutcomeMeasure(string Kind, string? Measure, string? Description, string? TimeFrame)
{
    internal static List<OutcomeMeasure> AllOf(OutcomesModule? outcomes) =>
        [.. Of("Primary", outcomes?.PrimaryOutcomes),
            .. Of("Secondary", outcomes?.SecondaryOutcomes),
            .. Of("Other", outcomes?.OtherOutcomes)];

    private static IEnumerable<OutcomeMeasure> Of(string kind, IReadOnlyList<Outcome>? outcomes) =>
        (outcomes ?? []).Select(outcome => new OutcomeMeasure(kind, outcome.Measure, outcome.Description, outcome.TimeFrame));
}
