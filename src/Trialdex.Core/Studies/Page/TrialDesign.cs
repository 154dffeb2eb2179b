namespace Trialdex.Core.Studies.Page;

/// <summary>
/// How the trial is designed, in the words of a trial page: "Treatment", "Randomized", "Parallel Assignment",
/// "Double Blind" (with who is masked when the record says: "Double Blind (Participant, Investigator)"),
/// "None (Open label)". Observational studies fill the model and time perspective instead.
/// </summary>
public sealed record TrialDesign
{
    public string? PrimaryPurpose { get; init; }

    public string? Allocation { get; init; }

    public string? InterventionalModel { get; init; }

    public string? Masking { get; init; }

    public string? ObservationalModel { get; init; }

    public string? TimePerspective { get; init; }

    internal static TrialDesign? From(DesignInfo? design) =>
        design is null ? null : new()
        {
            PrimaryPurpose = Display(design.PrimaryPurpose),
            Allocation = Display(design.Allocation),
            InterventionalModel = Display(design.InterventionModel),
            Masking = MaskingText(design.MaskingInfo),
            ObservationalModel = Display(design.ObservationalModel),
            TimePerspective = Display(design.TimePerspective),
        };

    private static string? MaskingText(MaskingInfo? masking) =>
        masking?.Masking switch
        {
            null => null,
            DesignMasking.None => "None (Open label)",
            { } level when masking.WhoMasked is { Count: > 0 } who =>
                $"{EnumText.Display(level)} Blind ({string.Join(", ", who.Select(EnumText.Display))})",
            { } level => $"{EnumText.Display(level)} Blind",
        };

    private static string? Display<T>(T? value)
        where T : struct, Enum =>
        value is { } known ? EnumText.Display(known) : null;
}
