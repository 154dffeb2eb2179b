using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// How closely a trial is about one patient: a text score (the search engine's, or BM25 in the evaluation) over the
/// best of the trials compared, mixed with how the trial's studied conditions (<see cref="TrialContext.Studied"/>:
/// its conditions list and brief title) match the patient's through MeSH. <see cref="TrialMatcher"/> and the patient
/// evaluation rank by it alike. Holds the patient's descriptors only for the one request.
/// </summary>
public sealed class ConditionRelevance
{
    /// <summary>The share of the MeSH match in the relevance when a vocabulary is given.</summary>
    public const double MeshShare = 0.6;

    /// <summary>The MeSH match of a trial condition one step from a patient's in the tree (a parent or child).</summary>
    public const double RelatedMatch = 0.5;

    private readonly MeshVocabulary? _vocabulary;
    private readonly HashSet<string> _patient;
    private readonly HashSet<string> _presenting;

    /// <summary>The relevance for <paramref name="patient"/>'s conditions (not those denied); by text alone when <paramref name="vocabulary"/> is null.</summary>
    public ConditionRelevance(Patient patient, MeshVocabulary? vocabulary)
    {
        ArgumentNullException.ThrowIfNull(patient);
        _vocabulary = vocabulary;
        var stated = patient.Conditions.Where(c => !c.Negated).ToList();
        _patient = Descriptors(stated, vocabulary);
        _presenting = Descriptors(stated.Where(c => !c.PastMedicalHistory), vocabulary);
    }

    /// <summary>
    /// The relevance, 0 to 1, of a trial whose text scores <paramref name="textScore"/> against a best of
    /// <paramref name="bestTextScore"/>, and which studies <paramref name="studied"/>.
    /// </summary>
    public double Of(double textScore, double bestTextScore, IReadOnlyList<string> studied)
    {
        ArgumentNullException.ThrowIfNull(studied);
        var text = bestTextScore > 0 ? Math.Clamp(textScore / bestTextScore, 0, 1) : 1;
        return _vocabulary is null ? text : ((1 - MeshShare) * text) + (MeshShare * MeshMatch(studied));
    }

    /// <summary>
    /// 1 when a condition the trial studies is one of the patient's descriptors, <see cref="RelatedMatch"/> when one is
    /// a parent or child of one, or is only named in a note's past medical history (a comorbidity: "past medical history
    /// remarkable for BPH" beside the COPD the patient presents with), else 0. A sign or symptom (MeSH C23.888) shared with a trial that studies it in a disease
    /// the patient is not known to have ("diarrhea" in "Octreotide for Chemotherapy-Related Diarrhea in Patients With
    /// Colorectal Cancer") does not count: the trial is about people with that disease.
    /// </summary>
    internal double MeshMatch(IReadOnlyList<string> studied)
    {
        if (_vocabulary is null || _patient.Count == 0)
        {
            return 0;
        }

        var trial = studied.SelectMany(_vocabulary.FindInText).DistinctBy(d => d.Id).ToList();
        var same = trial.Where(d => _patient.Contains(d.Id)).ToList();
        var related = trial.Where(d => !_patient.Contains(d.Id) && IsRelated(d)).ToList();
        var matched = same.Concat(related).ToList();
        if (matched.Count > 0 && matched.All(IsSignOrSymptom) && trial.Any(d => !matched.Contains(d) && IsDisease(d)))
        {
            return 0;
        }

        return same.Any(d => _presenting.Contains(d.Id)) ? 1 : matched.Count > 0 ? RelatedMatch : 0;
    }

    private static HashSet<string> Descriptors(IEnumerable<PatientCondition> conditions, MeshVocabulary? vocabulary) =>
        vocabulary is null
            ? []
            : [.. conditions.SelectMany(c => c.MeshId is { } id ? [id] : c.Text is { } text ? vocabulary.FindByTerm(text).Select(d => d.Id) : [])];

    private bool IsRelated(MeshDescriptor descriptor) =>
        _vocabulary!.AncestorsOf(descriptor).Take(3).Concat(_vocabulary.DescendantsOf(descriptor).Take(50)).Any(r => _patient.Contains(r.Id));

    /// <summary>
    /// A condition MeSH files among the signs and symptoms (<see cref="MeshTreeNumber.IsSignOrSymptom"/>), wherever else it
    /// files it too: "Diarrhea", "Dyspnea" (also a respiration disorder), "Obesity" (also a nutritional disease).
    /// </summary>
    private static bool IsSignOrSymptom(MeshDescriptor descriptor) => descriptor.TreeNumbers.Any(MeshTreeNumber.IsSignOrSymptom);

    private static bool IsDisease(MeshDescriptor descriptor) => MeshTreeNumber.IsDisease(descriptor.TreeNumbers);
}
