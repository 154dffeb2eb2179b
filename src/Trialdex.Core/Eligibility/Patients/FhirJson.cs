using System.Text.Json;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Lenient access to FHIR JSON: a missing property, JSON null and a value of the wrong type all read as absent,
/// so that no resource shape can make the reader throw.
/// </summary>
internal static class FhirJson
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static JsonElement? Object(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    /// <summary>A trimmed, non-empty string property.</summary>
    public static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString()!.Trim() is { Length: > 0 } text ? text : null;

    public static decimal? Number(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out var number) ? number : null;

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : [];

    /// <summary>
    /// The first code of a status CodeableConcept (clinicalStatus, verificationStatus), with or without its system,
    /// since these bindings have one code system and records often leave it out.
    /// </summary>
    public static string? StatusCode(JsonElement element, string name) =>
        Object(element, name) is { } concept ? Array(concept, "coding").Select(c => String(c, "code")).FirstOrDefault(c => c is not null) : null;

    /// <summary>The date part of a FHIR date or dateTime ("2021-03-04T10:00:00Z" → 2021-03-04), or null.</summary>
    public static PartialDate? Date(JsonElement element, string name)
    {
        var text = String(element, name);
        if (text is null)
        {
            return null;
        }

        var time = text.IndexOf('T', StringComparison.Ordinal);
        return PartialDate.TryParse(time < 0 ? text : text[..time], out var date) ? date : null;
    }

    /// <summary>The first date of the choices given, such as effectiveDateTime, then effectivePeriod.start.</summary>
    public static PartialDate? DateOrPeriodStart(JsonElement element, string prefix) =>
        Date(element, prefix + "DateTime") ?? (Object(element, prefix + "Period") is { } period ? Date(period, "start") : null);
}
