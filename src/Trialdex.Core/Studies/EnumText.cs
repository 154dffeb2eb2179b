using System.Diagnostics.CodeAnalysis;

namespace Trialdex.Core.Studies;

/// <summary>The text of the study enums: plain language for trial pages, and the API v2 value.</summary>
public static class EnumText
{
    /// <summary>Plain-language text, as ClinicalTrials.gov shows it: "Not yet recruiting", "Phase 2", "Parallel Assignment".</summary>
    public static string Display<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(T value)
        where T : struct, Enum =>
        ApiEnum<T>.Displays[ApiEnum<T>.IndexOf(value)];

    /// <summary>The API v2 value: "NOT_YET_RECRUITING", "PHASE2".</summary>
    public static string ApiValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(T value)
        where T : struct, Enum =>
        ApiEnum<T>.Names[ApiEnum<T>.IndexOf(value)];

    /// <summary>The enum member with the given API v2 value (exact match), or false.</summary>
    public static bool TryParseApiValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>(string apiValue, out T value)
        where T : struct, Enum
    {
        var index = Array.IndexOf(ApiEnum<T>.Names, apiValue);
        value = index >= 0 ? ApiEnum<T>.Values[index] : default;
        return index >= 0;
    }
}
