using Trialdex.Core.Eligibility.Patients;
using System.Globalization;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Cli.Commands;

/// <summary>The human reading of <c>trialdex match</c>: each trial with its verdict, why, and what is unknown; then the questions.</summary>
internal static class MatchOutput
{
    private const int UnknownsShown = 4;

    public static async Task WriteAsync(TextWriter output, PatientInputResult read, MatchResult result)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"read as {Describe(read.Kind)}; {result.Candidates} candidate trials screened")).ConfigureAwait(false);
        var facts = read.Result.Patient is { } patient ? PatientFacts.Describe(patient) : [];
        if (facts.Count > 0)
        {
            await output.WriteLineAsync("what was read (check it: a misreading changes the verdicts):").ConfigureAwait(false);
            foreach (var fact in facts)
            {
                await output.WriteLineAsync($"   {fact.Text}  [{fact.Source}]").ConfigureAwait(false);
            }
        }
        if (result.AllOpen is { } open)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"all {open.Screened} open trials screened: {open.LikelyEligible} likely eligible, {open.PossiblyEligible} possibly eligible, {open.NotEligible} not eligible")).ConfigureAwait(false);
        }

        if (result.Trials.Count == 0)
        {
            await output.WriteLineAsync("no candidate trials: try --all-statuses, a wider --radius, or add the patient's conditions").ConfigureAwait(false);
        }

        var rank = 0;
        foreach (var trial in result.Trials)
        {
            var screening = trial.Screening;
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{++rank}. {trial.NctId}  {Verdict(screening.Verdict)}  score {trial.Score:0.00}  {trial.OverallStatus ?? ""}")).ConfigureAwait(false);
            await output.WriteLineAsync("   " + (trial.Title ?? "(no title)")).ConfigureAwait(false);
            if (trial.Nearest is { } site)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"   nearest site: {string.Join(", ", new[] { site.Facility, site.City, site.Country }.OfType<string>())} ({site.DistanceKm:0} km)")).ConfigureAwait(false);
            }

            foreach (var c in screening.RuledOutBy)
            {
                await output.WriteLineAsync($"   ✗ {c.Origin.ToString().ToLowerInvariant()}: {c.Text} — {c.Reason}").ConfigureAwait(false);
            }

            foreach (var c in screening.Criteria.Where(c => c.Verdict != CriterionVerdict.Unknown && c.Verdict != CriterionVerdict.NotApplicable && !c.RulesOut))
            {
                await output.WriteLineAsync($"   ✓ {c.Text} — {c.Reason}").ConfigureAwait(false);
            }

            var unknowns = screening.Unknowns.ToList();
            foreach (var c in unknowns.Take(UnknownsShown))
            {
                await output.WriteLineAsync($"   ? {c.Text}").ConfigureAwait(false);
            }

            if (unknowns.Count > UnknownsShown)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"   ? … and {unknowns.Count - UnknownsShown} more criteria to check")).ConfigureAwait(false);
            }
        }

        if (result.Questions.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("What we still need to know:").ConfigureAwait(false);
            foreach (var q in result.Questions)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  - {q.Question} ({q.Trials} trial{(q.Trials == 1 ? "" : "s")})")).ConfigureAwait(false);
            }
        }
    }

    private static string Verdict(TrialVerdict verdict) => verdict switch
    {
        TrialVerdict.LikelyEligible => "likely eligible",
        TrialVerdict.PossiblyEligible => "possibly eligible",
        _ => "not eligible",
    };

    private static string Describe(PatientInputKind kind) => kind switch
    {
        PatientInputKind.FhirBundle => "a FHIR bundle",
        PatientInputKind.PatientJson => "patient JSON",
        _ => "a clinical note",
    };
}
