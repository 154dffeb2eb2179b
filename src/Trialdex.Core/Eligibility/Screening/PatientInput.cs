using System.Text.Json;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>What a patient input was read as.</summary>
public enum PatientInputKind
{
    /// <summary>The patient JSON shape documented on <see cref="Patient"/>.</summary>
    PatientJson,

    /// <summary>A FHIR R4 Bundle (<c>"resourceType": "Bundle"</c>).</summary>
    FhirBundle,

    /// <summary>A free-text clinical note, plain or as <c>{"note": "..."}</c>.</summary>
    Note,
}

/// <summary>A patient input read by the reader its content called for.</summary>
/// <param name="Kind">Which reader read it.</param>
/// <param name="Result">The patient and the reading problems.</param>
public sealed record PatientInputResult(PatientInputKind Kind, PatientReadResult Result);

/// <summary>
/// Reads a patient from text whose kind is not declared, as <c>trialdex match</c> and <c>POST /api/prescreen</c>
/// receive it: a JSON object with <c>"resourceType": "Bundle"</c> is FHIR, a JSON object whose only property is a
/// string <c>"note"</c> is a clinical note, any other text starting with <c>{</c> is patient JSON (so that broken
/// JSON is reported as such), and anything else is a clinical note. Never throws.
/// </summary>
public static class PatientInput
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="asOf"/> is the date FHIR ages are computed at.</summary>
    public static PatientInputResult Read(string? text, DateOnly? asOf = null, MeshVocabulary? vocabulary = null)
    {
        var trimmed = text?.TrimStart() ?? "";
        if (!trimmed.StartsWith('{'))
        {
            return new(PatientInputKind.Note, ClinicalNoteReader.Read(text, vocabulary));
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("resourceType", out var type)
                && type.ValueKind == JsonValueKind.String && type.GetString() == "Bundle")
            {
                return new(PatientInputKind.FhirBundle, FhirPatientReader.Read(trimmed, asOf, vocabulary));
            }

            if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1
                && root.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String)
            {
                return new(PatientInputKind.Note, ClinicalNoteReader.Read(note.GetString(), vocabulary));
            }
        }
        catch (JsonException)
        {
            // Not valid JSON: the patient JSON reader says where, below.
        }

        return new(PatientInputKind.PatientJson, PatientJsonReader.Read(trimmed));
    }
}
