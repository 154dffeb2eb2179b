using System.CommandLine;
using System.Text.Json;
using Trialdex.Core.Eligibility.Screening;
using Trialdex.Core.Geo;
using Trialdex.Core.Search;

namespace Trialdex.Cli.Commands;

/// <summary>
/// <c>trialdex match PATIENT.json|FHIR.json|NOTE.txt [--near PLACE --radius 100km] [--all-statuses | --all-open] [--limit N] [--json]</c>:
/// the stored trials a patient may qualify for, screened and ranked, then the facts still needed; with
/// <c>--all-open</c>, also how many of all the store's open trials the patient is likely, possibly or not eligible
/// for. With <c>--radius</c> but no <c>--near</c>, the circle is around the patient's own location (patient JSON
/// <c>location</c>, FHIR Patient.address). The patient file is read in memory only: nothing of it is logged or stored.
/// </summary>
internal sealed class MatchCommand
{
    private static readonly Argument<string> Patient = new("PATIENT") { Description = "Patient JSON, a FHIR Bundle (JSON), or a clinical note (text); - for standard input" };
    private static readonly Option<string?> Near = new("--near") { Description = "Only trials with a site near this place (e.g. \"Lyon, France\")" };
    private static readonly Option<string?> Radius = new("--radius") { Description = "Distance from --near (default 100km; e.g. 50mi); without --near, from the patient's location" };
    private static readonly Option<bool> AllStatuses = new("--all-statuses") { Description = "Include trials not recruiting (default: recruiting or about to)" };
    private static readonly Option<bool> AllOpen = new("--all-open") { Description = "Also screen every open trial of the store and count the verdicts (reads all of them into memory first)" };
    private static readonly Option<int> Limit = new("--limit") { Description = "How many trials to list", DefaultValueFactory = _ => 10 };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the result as JSON" };

    public static Command Create(CliContext context, TextReader input)
    {
        var command = new Command("match", "Pre-screen a patient against the stored trials: ranked trials with reasons, then the questions that would settle the most") { Patient, Near, Radius, AllStatuses, AllOpen, Limit, Json };
        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, input, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, TextReader input, ParseResult result, CancellationToken ct)
    {
        var file = result.GetValue(Patient)!;
        var path = Path.GetFullPath(file, context.WorkingDirectory);
        if (file != "-" && !File.Exists(path))
        {
            await context.Error.WriteLineAsync($"error: no such file: {file}").ConfigureAwait(false);
            return ExitCodes.FileNotFound;
        }

        if (result.GetValue(Limit) is < 1 or > 1000)
        {
            await context.Error.WriteLineAsync("error: --limit must be from 1 to 1000").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        if (result.GetValue(AllOpen) && result.GetValue(AllStatuses))
        {
            await context.Error.WriteLineAsync("error: --all-open screens the open trials; it cannot be combined with --all-statuses").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        MatchArea? area = null;
        if (result.GetValue(Near) is { } near)
        {
            area = MatchArea.Resolve(near, result.GetValue(Radius), Gazetteer.Bundled, out var error);
            if (area is null)
            {
                await context.Error.WriteLineAsync("error: --near/--radius: " + error).ConfigureAwait(false);
                return ExitCodes.BadArguments;
            }

            await context.Error.WriteLineAsync("near: " + area.Place.Explanation).ConfigureAwait(false);
        }

        var text = file == "-" ? await input.ReadToEndAsync(ct).ConfigureAwait(false) : await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        var read = PatientInput.Read(text, asOf);
        foreach (var problem in read.Result.Problems.Where(p => p.Severity != Core.Eligibility.Patients.PatientProblemSeverity.Info))
        {
            // Problems name places ("$.age", "note 12+5"), never the patient's words.
            await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        if (read.Result.Patient is not { } patient)
        {
            await context.Error.WriteLineAsync("error: the input is not a patient this command can read").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        var circle = area?.Distance;
        if (area is null && result.GetValue(Radius) is { } radius)
        {
            circle = MatchArea.AroundPatient(patient.Location, radius, Gazetteer.Bundled, out var error);
            if (circle is null)
            {
                await context.Error.WriteLineAsync("error: --radius: " + error).ConfigureAwait(false);
                return ExitCodes.BadArguments;
            }

            // The patient's place is not echoed: only that it was used.
            await context.Error.WriteLineAsync("near: the patient's location").ConfigureAwait(false);
        }

        await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: true, ct).ConfigureAwait(false);
        if (read.Kind == PatientInputKind.Note && await store.GetVocabularyAsync(ct).ConfigureAwait(false) is { } vocabulary)
        {
            // The input was read before the store was opened, so that bad input never creates a database; a note is
            // read again with the store's MeSH vocabulary, which finds conditions by every MeSH name and synonym.
            read = PatientInput.Read(text, asOf, vocabulary);
            patient = read.Result.Patient ?? patient;
        }

        MatchResult matched;
        try
        {
            var options = new MatchOptions { Near = circle, AllStatuses = result.GetValue(AllStatuses), AllOpen = result.GetValue(AllOpen), Limit = result.GetValue(Limit) };
            matched = await TrialMatcher.MatchAsync(store, patient, options, ct).ConfigureAwait(false);
        }
        catch (SearchException ex)
        {
            await context.Error.WriteLineAsync($"error: the candidate search failed: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (result.GetValue(Json))
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(MatchJson.From(read, matched), CliJson.Indented)).ConfigureAwait(false);
        }
        else
        {
            await MatchOutput.WriteAsync(context.Out, read, matched).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
