namespace Trialdex.Core.Studies;

/// <summary>Oversight: data monitoring committee and U.S. FDA regulation.</summary>
public sealed record OversightModule
{
    public bool? OversightHasDmc { get; init; }

    public bool? IsFdaRegulatedDrug { get; init; }

    public bool? IsFdaRegulatedDevice { get; init; }

    public bool? IsUnapprovedDevice { get; init; }

    public bool? IsPpsd { get; init; }

    public bool? IsUsExport { get; init; }

    public bool? Fdaaa801Violation { get; init; }
}
