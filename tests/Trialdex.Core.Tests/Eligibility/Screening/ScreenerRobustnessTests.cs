using Trialdex.Core.Eligibility;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Studies;
using Trialdex.Core.Tests.Eligibility.Constraints;

namespace Trialdex.Core.Tests.Eligibility.Screening;

/// <summary>
/// The screener never throws, on arbitrary patients against arbitrary criteria (random and mutated seed criteria),
/// every criterion gets a verdict, and the trial verdict agrees with them.
/// </summary>
public sealed class ScreenerRobustnessTests
{
    private static readonly string[] Words =
    [
        "platelets", "platelet count", "hepatitis B", "cirrhosis", "pregnant", "ECOG", "Karnofsky", "HbA1c", "x10^9/L", "/mm3", "%",
        "mg/dL", "ULN", "history of", "no", "denies", "women", "male", "aged", "years", "<", ">", "≥", "between", "and", "or", "", " ",
        "thyroid dysfunction", "primary amenorrhea", "diabetes", "×10⁹/L", "1.5", "40", "-3", "1e308", "NaN", "\u0000", "(", ")",
    ];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 30));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Arbitrary_patients_against_arbitrary_criteria_never_make_the_screener_throw(int seed)
    {
        var random = new Random(seed);
        var criteria = ScreeningCases.Seeds.Select(s => s.Study.ProtocolSection?.EligibilityModule?.EligibilityCriteria ?? "").ToList();
        for (var i = 0; i < 20; i++)
        {
            var patient = RandomPatient(random);
            var text = random.Next(3) switch
            {
                0 => criteria[random.Next(criteria.Count)],
                1 => Mutate(random, criteria[random.Next(criteria.Count)]),
                _ => string.Join(random.Next(2) == 0 ? " " : "\n* ", Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pick(random))),
            };
            var parsed = ConstraintExtractor.Parse(text, null, ConstraintCases.Units);

            var screening = Screener.Screen(patient, RandomModule(random), parsed, random.Next(2) == 0 ? ConstraintCases.Units : null);

            Assert.True(screening.Criteria.Count >= parsed.Criteria.Count);
            Assert.DoesNotContain(screening.Criteria, c => c.Reason == "the criterion could not be checked");
            Assert.Equal(screening.Criteria.Any(c => c.RulesOut), screening.Verdict == TrialVerdict.NotEligible);
            Assert.InRange(MatchScore.Combine(random.NextDouble(), screening), 0, 2);
        }
    }

    private static Patient RandomPatient(Random random)
    {
        var source = new JsonSource("$");
        return new Patient
        {
            Age = random.Next(4) == 0 ? null : new PatientAge(new NormalizedTime(random.Next(0, 120), (TimeUnit)random.Next(0, 6)), source),
            Sex = random.Next(4) == 0 ? null : new Fact<PatientSex>((PatientSex)random.Next(3), source),
            Conditions = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new PatientCondition(source)
            {
                Text = random.Next(5) == 0 ? null : Pick(random),
                MeshId = random.Next(3) == 0 ? "D008103" : null,
                Negated = random.Next(3) == 0,
                Status = (ConditionStatus)random.Next(3),
            })],
            Observations = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new PatientObservation(source)
            {
                Name = Pick(random),
                Loinc = random.Next(2) == 0 ? "777-3" : null,
                Value = random.Next(4) == 0 ? null : (decimal)(random.NextDouble() * 1000 - 100),
                Unit = random.Next(3) == 0 ? null : Pick(random),
                Ucum = random.Next(2) == 0 ? null : Pick(random),
            })],
            Medications = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new PatientMedication(source) { Name = Pick(random) })],
            Procedures = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new PatientProcedure(source) { Name = Pick(random) })],
            Pregnancy = random.Next(2) == 0 ? null : new PatientPregnancy { Pregnant = new((YesNoUnknown)random.Next(3), source), Lactating = random.Next(2) == 0 ? null : new((YesNoUnknown)random.Next(3), source) },
            PerformanceStatus = random.Next(2) == 0 ? null : new PatientPerformanceStatus { Ecog = new(random.Next(-1, 7), source), Karnofsky = new(random.Next(-10, 110), source) },
            HealthyVolunteer = random.Next(3) == 0 ? new Fact<bool>(random.Next(2) == 0, source) : null,
        };
    }

    private static EligibilityModule? RandomModule(Random random) => random.Next(4) == 0 ? null : new EligibilityModule
    {
        Sex = random.Next(4) == 0 ? null : (Sex)random.Next(3),
        MinimumAge = random.Next(2) == 0 ? null : new NormalizedTime(random.Next(0, 100), (TimeUnit)random.Next(0, 6)),
        MaximumAge = random.Next(2) == 0 ? null : new NormalizedTime(random.Next(0, 100), (TimeUnit)random.Next(0, 6)),
        HealthyVolunteers = random.Next(3) == 0 ? null : random.Next(2) == 0,
    };

    private static string Mutate(Random random, string text)
    {
        var chars = text.ToCharArray().ToList();
        for (var i = random.Next(1, 20); i > 0 && chars.Count > 0; i--)
        {
            var at = random.Next(chars.Count);
            if (random.Next(2) == 0)
            {
                chars.RemoveAt(at);
            }
            else
            {
                chars.InsertRange(at, Pick(random));
            }
        }

        return new string([.. chars]);
    }

    private static string Pick(Random random) => Words[random.Next(Words.Length)];
}
