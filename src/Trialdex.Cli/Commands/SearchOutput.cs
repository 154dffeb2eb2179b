using System.Globalization;
using Spectre.Console;
using Trialdex.Core.Search;

namespace Trialdex.Cli.Commands;

/// <summary>Prints a search page as a table of hits, the total, the next-page token and the facet counts.</summary>
internal static class SearchOutput
{
    public static void Write(IAnsiConsole console, SearchResult page, IReadOnlyList<HitRow> rows)
    {
        if (rows.Count == 0)
        {
            console.WriteLine("no studies found");
            return;
        }

        var table = new Table().AddColumn("NCT id").AddColumn("Status").AddColumn("Phase").AddColumn("Title");
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(row.NctId), Markup.Escape(row.OverallStatus ?? ""), Markup.Escape(string.Join(", ", row.Phases)), Markup.Escape(row.BriefTitle ?? ""));
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
