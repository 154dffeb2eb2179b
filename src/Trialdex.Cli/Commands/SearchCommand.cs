using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;

namespace Trialdex.Cli.Commands;

/// <summary>
/// <c>trialdex search</c>: the search engine the API uses, with ClinicalTrials.gov's query areas and filters as
/// options. Options become the same API parameters (query.cond, aggFilters, …), so both behave alike.
/// </summary>
internal sealed class SearchCommand
{
    private static readonly Argument<string[]> Text = new("TEXT") { Description = "Words to look for anywhere (query.term)", Arity = ArgumentArity.ZeroOrMore };
    private static readonly (Option<string?> Option, string Parameter)[] Areas =
    [
        (new("--cond") { Description = "Condition or disease (query.cond), expanded through MeSH" }, "query.cond"),
        (new("--term") { Description = "Other terms anywhere in the record (query.term)" }, "query.term"),
        (new("--intr") { Description = "Intervention or treatment (query.intr)" }, "query.intr"),
        (new("--titles") { Description = "Title or acronym (query.titles)" }, "query.titles"),
        (new("--outc") { Description = "Outcome measure (query.outc)" }, "query.outc"),
        (new("--spons") { Description = "Sponsor or collaborator (query.spons)" }, "query.spons"),
        (new("--lead") { Description = "Lead sponsor (query.lead)" }, "query.lead"),
        (new("--locn") { Description = "Location: facility, city, state, country (query.locn)" }, "query.locn"),
        (new("--id") { Description = "NCT id, org study id or secondary id (query.id)" }, "query.id"),
        (new("--advanced") { Description = "An expression over any field, e.g. AREA[StartDate]RANGE[2020-01-01,MAX] (filter.advanced)" }, "filter.advanced"),
        (new("--status") { Description = "Overall statuses, comma-separated: RECRUITING,NOT_YET_RECRUITING (filter.overallStatus)" }, "filter.overallStatus"),
        (new("--sort") { Description = "@relevance (default) or up to two of LastUpdatePostDate, StudyFirstPostDate, StartDate, EnrollmentCount with :asc/:desc" }, "sort"),
        (new("--page-token") { Description = "Continue from the token a previous page printed" }, "pageToken"),
    ];

    private static readonly (Option<string?> Option, string Key)[] Aggregates =
    [
        (new("--phase") { Description = "Phases: 0 1 2 3 4 NA (space- or comma-separated)" }, "phase"),
        (new("--type") { Description = "Study type: int obs exp" }, "studyType"),
        (new("--sex") { Description = "Sex accepted: f m" }, "sex"),
        (new("--age") { Description = "Age groups: child adult older" }, "ages"),
        (new("--funder") { Description = "Funder types: nih fed industry other" }, "funderType"),
        (new("--results") { Description = "with or without posted results" }, "results"),
    ];

    private static readonly Option<string?> Near = new("--near") { Description = "A place: \"Chongqing\", \"Boston, MA\", \"Paris, France\"; studies with a site within --radius" };
    private static readonly Option<string> Radius = new("--radius") { Description = "Distance from --near: 100km, 50mi (default 50mi)", DefaultValueFactory = _ => "50mi" };
    private static readonly Option<bool> Healthy = new("--healthy") { Description = "Only studies accepting healthy volunteers" };
    private static readonly Option<int> PageSize = new("--page-size") { Description = "Hits per page, 1-1000", DefaultValueFactory = _ => 10 };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the page, total and facets as JSON" };

    public static Command Create(CliContext context)
    {
        var command = new Command("search", "Search studies as on ClinicalTrials.gov: query areas, filters, facets, sorting and paging") { Text, Near, Radius, Healthy, PageSize, Json };
        foreach (var (option, _) in Areas)
        {
            command.Options.Add(option);
        }

        foreach (var (option, _) in Aggregates)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, ct) => CommandRunner.RunAsync(context, () => RunAsync(context, result, ct), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult result, CancellationToken ct)
    {
        var parameters = Parameters(result);
        if (result.GetValue(Near) is { } near)
        {
            var place = Core.Geo.Gazetteer.Bundled?.Find(near);
            if (place is null || !Core.Geo.GeoDistance.TryParseRadiusKm(result.GetValue(Radius), out var radiusKm))
            {
                await context.Error.WriteLineAsync(place is null ? $"error: --near: no place called '{near}' is known" : "error: --radius: say a distance such as 100km or 50mi").ConfigureAwait(false);
                return ExitCodes.BadArguments;
            }

            await context.Error.WriteLineAsync("near: " + place.Explanation).ConfigureAwait(false);
            parameters.Add(new("filter.geo", string.Create(CultureInfo.InvariantCulture, $"distance({place.Latitude},{place.Longitude},{radiusKm}km)")));
        }

        var parsed = SearchParameters.Parse(parameters);
        if (parsed.Request is not { } request)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error).ConfigureAwait(false);
            }

            return ExitCodes.BadArguments;
        }

        await using var store = await StoreOpener.OpenAsync(context.ResolveDatabase(result.GetValue(GlobalOptions.Database)), loadSampleWhenFresh: true, ct).ConfigureAwait(false);
        SearchResult page;
        try
        {
            page = await store.SearchAsync(request with { CountTotal = true, WithFacets = true }, ct).ConfigureAwait(false);
        }
        catch (SearchException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Parameter}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadArguments;
        }

        var rows = new List<HitRow>();
        foreach (var hit in page.Hits)
        {
            rows.Add(await HitRow.LoadAsync(store, hit, ct).ConfigureAwait(false));
        }

        if (result.GetValue(Json))
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new { totalCount = page.TotalCount, nextPageToken = page.NextPageToken, studies = rows, facets = page.Facets }, CliJson.Indented)).ConfigureAwait(false);
        }
        else
        {
            SearchOutput.Write(context.Console, page, rows);
        }

        return ExitCodes.Success;
    }

    private static List<KeyValuePair<string, string?>> Parameters(ParseResult result)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        var words = result.GetValue(Text) ?? [];
        if (words.Length > 0)
        {
            parameters.Add(new("query.term", string.Join(' ', words)));
        }

        parameters.AddRange(Areas.Where(a => result.GetValue(a.Option) is not null).Select(a => new KeyValuePair<string, string?>(a.Parameter, result.GetValue(a.Option))));
        var aggregates = Aggregates.Where(a => result.GetValue(a.Option) is not null)
            .Select(a => a.Key + ":" + result.GetValue(a.Option)!.Replace(',', ' ')).ToList();
        if (result.GetValue(Healthy))
        {
            aggregates.Add("healthy:y");
        }

        if (aggregates.Count > 0)
        {
            parameters.Add(new("aggFilters", string.Join(',', aggregates)));
        }

        parameters.Add(new("pageSize", result.GetValue(PageSize).ToString(CultureInfo.InvariantCulture)));
        return parameters;
    }
}

/// <summary>One hit as the CLI lists it.</summary>
internal sealed record HitRow(string NctId, string? BriefTitle, string? OverallStatus, IReadOnlyList<string> Phases, double Score, NearestSite? Nearest)
{
    public static async Task<HitRow> LoadAsync(IStudyStore store, SearchHit hit, CancellationToken ct)
    {
        var stored = await store.FindAsync(hit.NctId, ct).ConfigureAwait(false);
        var study = stored is null ? null : StudyJson.Parse(stored.Json.Span);
        var p = study?.ProtocolSection;
        return new HitRow(hit.NctId, p?.IdentificationModule?.BriefTitle ?? p?.IdentificationModule?.OfficialTitle,
            p?.StatusModule?.OverallStatus is { } status ? EnumText.Display(status) : null,
            (p?.DesignModule?.Phases ?? []).Select(ph => EnumText.Display(ph)).ToList(), Math.Round(hit.Score, 4), hit.Nearest);
    }
}
