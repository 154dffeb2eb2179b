using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// A patient's names as word matching reads them, worked out once per patient instead of once per criterion: the
/// names of the conditions not denied, normalised (<see cref="ConceptChecks.Mentions"/>), and the treatment class of
/// each medicine and procedure (<see cref="NoteTreatments.ClassOf"/>). Kept only as long as the patient is.
/// </summary>
internal sealed class PatientTerms
{
    private const int MaxRemembered = 100_000;
    private static readonly ConditionalWeakTable<Patient, PatientTerms> Known = [];
    private static readonly ConcurrentDictionary<string, string?> Classes = new(StringComparer.Ordinal);

    private PatientTerms(Patient patient)
    {
        Conditions = [.. patient.Conditions.Where(c => !c.Negated)
            .SelectMany(c => new[] { c.Text, c.MeshName })
            .OfType<string>()
            .Select(t => (t, Terms.Normalize(t)))
            .Where(t => t.Item2.Length >= 5)];
        _names = [.. patient.Conditions.Select(c => new[] { c.Text, c.MeshName }.OfType<string>().Select(Terms.Normalize).ToArray())];
        MedicationClasses = [.. patient.Medications.Select(m => m.Name is { } name ? NoteTreatments.ClassOf(name) : null)];
        ProcedureClasses = [.. patient.Procedures.Select(p => p.Name is { } name ? NoteTreatments.ClassOf(name) : null)];
    }

    private readonly string[][] _names;

    /// <summary>The patient's condition a condition constraint names (<see cref="ConceptChecks.Find"/>), by vocabulary and the constraint's words and descriptors.</summary>
    public ConcurrentDictionary<(Vocabulary.MeshVocabulary? Vocabulary, string Constraint), PatientCondition?> Found { get; } = new();

    /// <summary>The normalised names (as written, and its MeSH heading) of the patient's condition at <paramref name="index"/> of <see cref="Patient.Conditions"/>, denied or not.</summary>
    public string[] NamesOf(int index) => _names[index];

    /// <summary>The names of the conditions not denied, as written and normalised, normalised names of at least five characters only, in record order.</summary>
    public IReadOnlyList<(string Text, string Normalized)> Conditions { get; }

    /// <summary>The treatment class of each of the patient's medicines, in order; null when none.</summary>
    public IReadOnlyList<string?> MedicationClasses { get; }

    /// <summary>The treatment class of each of the patient's procedures, in order; null when none.</summary>
    public IReadOnlyList<string?> ProcedureClasses { get; }

    public static PatientTerms Of(Patient patient) => Known.GetValue(patient, p => new PatientTerms(p));

    /// <summary>
    /// <see cref="NoteTreatments.ClassOf"/> of a criterion's words, remembered: the same fields recur across criteria
    /// and patients. The memory is bounded; past it, it starts again.
    /// </summary>
    public static string? ClassOf(string field)
    {
        if (Classes.TryGetValue(field, out var known))
        {
            return known;
        }

        if (Classes.Count >= MaxRemembered)
        {
            Classes.Clear();
        }

        return Classes[field] = NoteTreatments.ClassOf(field);
    }
}
