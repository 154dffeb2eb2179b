namespace Trialdex.Core.Studies;

/// <summary>The study's arms (or groups) and the interventions given in them.</summary>
public sealed record ArmsInterventionsModule
{
    public IReadOnlyList<ArmGroup>? ArmGroups { get; set; }

    public IReadOnlyList<Intervention>? Interventions { get; set; }
}

/// <summary>One arm or group; <see cref="InterventionNames"/> read "Type: Name" ("Drug: Placebo").</summary>
public sealed record ArmGroup
{
    public string? Label { get; set; }

    public ArmGroupType? Type { get; set; }

    public string? Description { get; set; }

    public IReadOnlyList<string>? InterventionNames { get; set; }
}

/// <summary>One intervention and the arms that receive it.</summary>
public sealed record Intervention
{
    public InterventionType? Type { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public IReadOnlyList<string>? ArmGroupLabels { get; set; }

    public IReadOnlyList<string>? OtherNames { get; set; }
}
