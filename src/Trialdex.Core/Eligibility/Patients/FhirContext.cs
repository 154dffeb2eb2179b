using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>What the readers of single resources share: the bundle's resources, its patient, the problems, the options.</summary>
internal sealed class FhirContext
{
    private readonly IReadOnlyList<FhirResource> _resources;
    private readonly FhirResource? _patient;
    private readonly Dictionary<string, PartialDate?> _latest = new(StringComparer.Ordinal);

    public FhirContext(IReadOnlyList<FhirResource> resources, ReadProblems problems, MeshVocabulary? vocabulary, DateOnly? asOf)
    {
        _resources = resources;
        Problems = problems;
        Vocabulary = vocabulary;
        AsOf = asOf;
        _patient = resources.FirstOrDefault(r => r.Type == "Patient");
    }

    public ReadProblems Problems { get; }

    public MeshVocabulary? Vocabulary { get; }

    public DateOnly? AsOf { get; }

    /// <summary>True for the bundle's first Patient resource; the others are reported once each.</summary>
    public bool IsThePatient(FhirResource resource) => ReferenceEquals(resource, _patient);

    /// <summary>
    /// False, with a warning, when the resource's subject points at another patient than the bundle's; true when it
    /// points at the bundle's patient, has no subject, or the bundle has no Patient resource to compare with.
    /// </summary>
    public bool IsAboutThePatient(FhirResource resource)
    {
        var subject = FhirJson.Object(resource.Element, "subject") ?? FhirJson.Object(resource.Element, "patient");
        if (_patient is null || subject is not { } reference || FhirJson.String(reference, "reference") is not { } target)
        {
            return true;
        }

        if (_patient.References().Any(key => Refers(target, key)))
        {
            return true;
        }

        Problems.Warning(resource.Where, "the resource is about another patient than the bundle's Patient; left out");
        return false;
    }

    /// <summary>
    /// False, with an info problem, when the resource's status is one of <paramref name="statuses"/>, which say it did
    /// not happen or was a mistake (<paramref name="reason"/>, as in "not done or entered in error").
    /// </summary>
    public bool Happened(FhirResource resource, string noun, string reason, params string[] statuses)
    {
        if (FhirJson.String(resource.Element, "status") is { } status && statuses.Contains(status))
        {
            Problems.Info(resource.Where, $"the {noun} was {reason}; left out");
            return false;
        }

        return true;
    }

    /// <summary>The concept that names the resource, or null with a warning when nothing names it.</summary>
    public FhirConcept? Named(FhirResource resource, FhirConcept? concept, string noun)
    {
        if (concept is null)
        {
            Problems.Warning(resource.Where, $"the {noun} has no code or text; left out");
        }

        return concept;
    }

    /// <summary>
    /// True when an observation of a single-valued kind ("ECOG") dated <paramref name="date"/> should replace the one
    /// taken so far: there is none, or this one is more recent. Undated observations never replace a dated one.
    /// </summary>
    public bool TakeLatest(string kind, PartialDate? date)
    {
        if (_latest.TryGetValue(kind, out var current) && (date is null || (current is { } known && date.Value <= known)))
        {
            return false;
        }

        _latest[kind] = date;
        return true;
    }

    /// <summary>The bundle's resource a reference points at ("Medication/m1", a fullUrl), or null.</summary>
    public FhirResource? Resolve(string reference) =>
        _resources.FirstOrDefault(r => r.References().Any(key => Refers(reference, key)));

    // "Patient/p1" and "https://example.org/fhir/Patient/p1" refer to each other.
    private static bool Refers(string reference, string key) =>
        reference == key || EndsWithPath(reference, key) || EndsWithPath(key, reference);

    private static bool EndsWithPath(string longer, string shorter) =>
        longer.Length > shorter.Length && longer[^(shorter.Length + 1)] == '/' && longer.EndsWith(shorter, StringComparison.Ordinal);
}
