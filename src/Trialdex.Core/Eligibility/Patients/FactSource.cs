namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Where a patient fact comes from, so that a screener can show it: a span of a clinical note, a FHIR resource,
/// or a place in a patient JSON document.
/// </summary>
public abstract record FactSource;

/// <summary>A fact read from a clinical note.</summary>
/// <param name="Span">The exact characters of the note that state the fact ("45-year-old", "platelets 40 x 10^9/L").</param>
public sealed record NoteSource(TextSpan Span) : FactSource
{
    /// <summary>"note 12+11": the offset and length of the span.</summary>
    public override string ToString() => $"note {Span.Start}+{Span.Length}";
}

/// <summary>A fact read from a resource of a FHIR bundle.</summary>
/// <param name="ResourceType">"Patient", "Condition", "Observation", "MedicationStatement" or "Procedure".</param>
/// <param name="ResourceId">The resource's id, or null when the resource has none.</param>
/// <param name="Entry">The index of the resource's entry in the bundle, to find resources without an id.</param>
public sealed record FhirSource(string ResourceType, string? ResourceId, int Entry) : FactSource
{
    /// <summary>"Condition/c1", or "Condition (entry 3)" when the resource has no id.</summary>
    public override string ToString() => ResourceId is null ? $"{ResourceType} (entry {Entry})" : $"{ResourceType}/{ResourceId}";
}

/// <summary>A fact read from a patient JSON document.</summary>
/// <param name="Path">The JSON path of the value, as in "$.conditions[2]" or "$.pregnancy.pregnant".</param>
public sealed record JsonSource(string Path) : FactSource
{
    /// <summary>The JSON path.</summary>
    public override string ToString() => Path;
}
