namespace Trialdex.Core.Studies;

/// <summary>The study's arms (or groups) and the interventions given in them.</summary>
public sealed record ArmsInterventionsModule
{
    public IReadOnlyList<ArmGroup>? ArmGroups { get; init; }

    public IReadOnlyList<Intervention>? Interventions { get; init; }
}

/// <summary>One arm or group; <see cref="InterventionNames"/> read "Type: Name" ("Drug: Placebo").</summary>
public sealed record ArmGroup
{
    public string? Label { get; init; }

    public ArmGroupType? Type { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? InterventionNames { get; init; }
}

/// <summary>One intervention and the arms that receive it.</summary>
public sealed record Intervention
{
    public InterventionType? Type { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? ArmGroupLabels { get; init; }

    public IReadOnlyList<string>? OtherNames { get; init; }
}
