using System.Globalization;
using Spectre.Console;
using Trialdex.Core.Search;

namespace Trialdex.Cli.Commands;

/// <summary>Prints a search page as a table of hits, the total, the next-page token and the facet counts.</summary>
internal static class SearchOutput
{
    private static string Site(NearestSite? site) => site is null ? "" : string.Create(CultureInfo.InvariantCulture,
        $"{string.Join(", ", new[] { site.Facility, site.City, site.Country }.Where(p => !string.IsNullOrWhiteSpace(p)))}: {site.DistanceKm:0.#} km{(site.Approximate ? " (approx.)" : "")}");

    public static void Write(IAnsiConsole console, SearchResult page, IReadOnlyList<HitRow> rows)
    {
        if (rows.Count == 0)
        {
            console.WriteLine("no studies found");
            return;
        }

        var near = rows.Any(r => r.Nearest is not null);
        var table = new Table().AddColumn("NCT id").AddColumn("Status").AddColumn("Phase").AddColumn("Title");
        if (near)
        {
            table.AddColumn("Nearest site");
        }

        foreach (var row in rows)
        {
            string[] cells = [row.NctId, row.OverallStatus ?? "", string.Join(", ", row.Phases), row.BriefTitle ?? ""];
            table.AddRow([.. cells.Select(Markup.Escape), .. near ? [Markup.Escape(Site(row.Nearest))] : Array.Empty<string>()]);
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.TotalCount:N0} studies"));
        if (page.NextPageToken is { } token)
        {
            console.WriteLine($"more: --page-token {token}");
        }

        foreach (var (facet, counts) in page.Facets ?? new Dictionary<string, IReadOnlyList<FacetCount>>())
        {
            if (counts.Count > 0)
            {
                console.WriteLine($"{facet}: " + string.Join(", ", counts.Take(10).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} ({c.Count})"))));
            }
        }
    }
}
