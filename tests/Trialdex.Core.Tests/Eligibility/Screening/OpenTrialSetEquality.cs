using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>
/// Compares screening every trial of an <see cref="OpenTrialSet"/> with the full screening of each trial
/// (<see cref="Screener.ScreenTrial"/>, as <see cref="TrialMatcher"/> does it): verdict, ranking weight and the
/// missing facts questions are asked from.
/// </summary>
internal static class OpenTrialSetEquality
{
    /// <summary>The trial as a store gives it to the set: ages in days, as the index keeps them, and the criteria in their stored form.</summary>
    public static OpenTrial Open(string nctId, ProtocolSection? protocol, ParsedCriteria criteria)
    {
        var module = protocol?.EligibilityModule;
        return new OpenTrial(
            nctId, "RECRUITING", protocol?.IdentificationModule?.BriefTitle, protocol?.IdentificationModule?.OfficialTitle,
            module is null ? null : new EligibilityModule
            {
                Sex = module.Sex,
                MinimumAge = module.MinimumAge is { } min ? new NormalizedTime((decimal)min.TotalDays, TimeUnit.Day) : null,
                MaximumAge = module.MaximumAge is { } max ? new NormalizedTime((decimal)max.TotalDays, TimeUnit.Day) : null,
                HealthyVolunteers = module.HealthyVolunteers,
            },
            protocol?.ConditionsModule?.Conditions ?? [], StoredCriteria.Serialize(criteria), null);
    }

    /// <summary>Every difference between the two screenings, one line each, for every patient and trial.</summary>
    public static List<string> Differences(
        IReadOnlyList<(string NctId, ProtocolSection? Protocol, ParsedCriteria Criteria)> trials, IEnumerable<(string Name, Patient Patient)> patients,
        Core.Vocabulary.MeshVocabulary? vocabulary = null)
    {
        var set = OpenTrialSet.Build(trials.Select(t => Open(t.NctId, t.Protocol, t.Criteria)), vocabulary);
        var differences = new List<string>();
        foreach (var (name, patient) in patients)
        {
            var screened = set.Screen(patient, UnitVocabulary.Bundled, default);
            var counts = new int[3];
            foreach (var (id, protocol, criteria) in trials)
            {
                var full = Screener.ScreenTrial(patient, protocol, criteria, UnitVocabulary.Bundled, vocabulary);
                counts[(int)full.Verdict]++;
                var compact = screened.ScreeningOf(id)!;
                if (screened.VerdictOf(id) != full.Verdict || compact.Verdict != full.Verdict
                    || screened.WeightOf(id) != MatchScore.Weight(full)
                    || !compact.MissingFacts.Select(m => m.Key).SequenceEqual(full.MissingFacts.Select(m => m.Key))
                    || !compact.Criteria.Select(c => c.Verdict).SequenceEqual(full.Criteria.Select(c => c.Verdict)))
                {
                    differences.Add($"{name} × {id}: {screened.VerdictOf(id)} {screened.WeightOf(id)} against {full.Verdict} {MatchScore.Weight(full)}");
                }
            }

            if (counts[0] != screened.LikelyEligible || counts[1] != screened.PossiblyEligible || counts[2] != screened.NotEligible)
            {
                differences.Add($"{name}: counts {screened.LikelyEligible}/{screened.PossiblyEligible}/{screened.NotEligible} against {counts[0]}/{counts[1]}/{counts[2]}");
            }
        }

        return differences;
    }
}
