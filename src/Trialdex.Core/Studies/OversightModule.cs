namespace Trialdex.Core.Studies;

/// <summary>Oversight: data monitoring committee and U.S. FDA regulation.</summary>
public sealed record OversightModule
{
    public bool? OversightHasDmc { get; set; }

    public bool? IsFdaRegulatedDrug { get; set; }

    public bool? IsFdaRegulatedDevice { get; set; }

    public bool? IsUnapprovedDevice { get; set; }

    public bool? IsPpsd { get; set; }

    public bool? IsUsExport { get; set; }

    public bool? Fdaaa801Violation { get; set; }
}
