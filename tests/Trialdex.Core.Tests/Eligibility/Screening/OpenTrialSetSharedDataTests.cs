using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Evaluation.Patients;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Studies;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>Screening real records all at once for the TREC 2021 notes gives each the full screening's verdict.</summary>
public sealed class OpenTrialSetSharedDataTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Every_sampled_real_trial_gets_the_full_screenings_verdict_for_every_trec_note()
    {
        // Given every fourth record of the legacy XML sample, and the TREC 2021 notes
        var trials = new List<(string NctId, ProtocolSection? Protocol, ParsedCriteria Criteria)>();
        var index = 0;
        foreach (var item in SourceWalker.Enumerate([SharedData.Path("ctgov", "AllPublicXML-sample.zip")], new ImportProgress()))
        {
            if (item is RawRecord record && index++ % 4 == 0 && RecordDecoder.ReadStudy(record) is var (nctId, study))
            {
                var protocol = study.ProtocolSection;
                trials.Add((nctId, protocol, ConstraintExtractor.Parse(protocol?.EligibilityModule?.EligibilityCriteria)));
            }
        }

        var notes = PatientTopics.ReadQueries(SharedData.Path("eval", "patients", "trec_2021", "queries.jsonl"));
        var patients = notes.Select(n => (n.Id, ClinicalNoteReader.Read(n.Text).Patient)).Where(p => p.Patient is not null).Select(p => (p.Id, p.Patient!)).ToList();

        // When each note is screened against all of them at once, Then every verdict is the full one
        var differences = OpenTrialSetEquality.Differences(trials, patients);
        output.WriteLine($"{trials.Count} trials × {patients.Count} notes, {differences.Count} differences");
        Assert.True(trials.Count > 1000, $"read only {trials.Count} trials");
        Assert.Empty(differences.Take(20));
    }
}
