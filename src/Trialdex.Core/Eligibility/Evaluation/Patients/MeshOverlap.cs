using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Studies;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>
/// How closely a trial's conditions match a patient's, through MeSH: 1 when a trial condition is one of the
/// patient's descriptors, 0.5 when it is a parent or child of one (with tree numbers loaded), else 0.
/// </summary>
internal sealed class MeshOverlap(MeshVocabulary vocabulary)
{
    public HashSet<string> PatientDescriptors(Patient patient) =>
    [
        .. patient.Conditions.Where(c => !c.Negated)
            .SelectMany(c => c.MeshId is { } id ? [id] : c.Text is { } text ? vocabulary.FindByTerm(text).Select(d => d.Id) : [])
    ];

    public double Score(HashSet<string> patient, Study study)
    {
        var p = study.ProtocolSection;
        var text = string.Join(" ; ", (p?.ConditionsModule?.Conditions ?? []).Append(p?.IdentificationModule?.BriefTitle ?? ""));
        var trial = vocabulary.FindInText(text);
        if (trial.Any(d => patient.Contains(d.Id)))
        {
            return 1;
        }

        return trial.Any(d => vocabulary.AncestorsOf(d).Take(3).Concat(vocabulary.DescendantsOf(d).Take(50)).Any(r => patient.Contains(r.Id))) ? 0.5 : 0;
    }
}
