namespace Trialdex.Core.Studies.Page;

/// <summary>An intervention as the registry names it in arm groups: "Type: Name" ("Biological: Placebo transplantation").</summary>
internal static class TreatmentText
{
    public static string? Of(Intervention intervention) =>
        (intervention.Type, intervention.Name) switch
        {
            ({ } type, { } name) => $"{EnumText.Display(type)}: {name}",
            (null, { } name) => name,
            ({ } type, null) => EnumText.Display(type),
            _ => null,
        };
}
