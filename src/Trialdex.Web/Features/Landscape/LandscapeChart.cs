using System.Globalization;
using System.Text;
using Trialdex.Core.Search;
using Trialdex.Web.Features.Search;

namespace Trialdex.Web.Features.Landscape;

/// <summary>One bar of a chart: its label, how many trials, and the value of the chart's search filter that selects them (null when none does).</summary>
public sealed record ChartBar(string Label, long Count, string? Value = null);

/// <summary>
/// One landscape chart: its key in URLs (<c>chart=status</c>), its title, what it shows, its bars in order, and the
/// search page parameter its bars' values filter by (<c>status</c>, <c>phase</c>, <c>start</c>, <c>country</c>; null when no filter matches a bar).
/// </summary>
public sealed record LandscapeChart(string Key, string Title, string Description, string LabelHeading, IReadOnlyList<ChartBar> Bars, string? Parameter = null)
{
    public const int TopCountries = 15;

    public static readonly IReadOnlyList<string> Keys = ["status", "phase", "start", "country", "enrollment"];

    /// <summary>Enrollment buckets: the lowest count each holds, and its label.</summary>
    private static readonly (long From, string Label)[] EnrollmentBuckets =
    [
        (0, "0"), (1, "1–10"), (11, "11–50"), (51, "51–100"), (101, "101–250"), (251, "251–500"), (501, "501–1,000"),
        (1001, "1,001–5,000"), (5001, "5,001–10,000"), (10001, "more than 10,000"),
    ];

    private static readonly string[] PhaseOrder = ["0", "1", "2", "3", "4", "NA"];

    public static IReadOnlyList<LandscapeChart> All(SearchBreakdown breakdown) =>
        [.. Keys.Select(key => Of(key, breakdown)!)];

    /// <summary>The chart of that key, or null for an unknown key.</summary>
    public static LandscapeChart? Of(string key, SearchBreakdown breakdown) => key switch
    {
        "status" => new(key, "Trials by recruitment status", "How many of the trials found have each overall recruitment status.", "Status",
            [.. breakdown.Statuses.Select(c => new ChartBar(Group("status").Label(c.Value), c.Count, c.Value))], "status"),
        "phase" => new(key, "Trials by phase", "How many of the trials found are in each phase; a trial of two phases (phase 1/2) counts in both.", "Phase",
            [.. breakdown.Phases.OrderBy(c => Array.IndexOf(PhaseOrder, c.Value) is var i and >= 0 ? i : PhaseOrder.Length).Select(c => new ChartBar(Group("phase").Label(c.Value), c.Count, c.Value))], "phase"),
        "start" => new(key, "Trials by start year", "How many of the trials found started (or will start) in each year; trials without a start date are left out.", "Start year",
            [.. breakdown.StartYears.Select(c => new ChartBar(c.Value, c.Count, c.Value))], SearchQuery.StartParameter),
        "country" => new(key, $"Trials by country (top {TopCountries})", $"The {TopCountries} countries with sites of the most trials found; a trial with sites in several countries counts in each.", "Country",
            [.. breakdown.Countries.Take(TopCountries).Select(c => new ChartBar(c.Value, c.Count, c.Value))], SearchQuery.CountryParameter),
        "enrollment" => new(key, "Trials by enrollment", "How many participants the trials found enroll (actual or estimated), in ranges; trials that give no number are left out.", "Participants",
            Enrollment(breakdown.Enrollments)),
        _ => null,
    };

    /// <summary>The chart as CSV: a header row, then one row per bar.</summary>
    public string Csv()
    {
        var csv = new StringBuilder();
        csv.Append(Quote(LabelHeading)).Append(",trials\r\n");
        foreach (var bar in Bars)
        {
            csv.Append(Quote(bar.Label)).Append(',').Append(bar.Count.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static List<ChartBar> Enrollment(IReadOnlyList<EnrollmentCount> counts)
    {
        var bars = EnrollmentBuckets.Select(b => new ChartBar(b.Label, 0)).ToList();
        foreach (var count in counts)
        {
            var bucket = Array.FindLastIndex(EnrollmentBuckets, b => count.Enrollment >= b.From);
            if (bucket >= 0)
            {
                bars[bucket] = bars[bucket] with { Count = bars[bucket].Count + count.Studies };
            }
        }

        // Empty ranges at either end say nothing; those between the first and last used ones keep the shape honest.
        var first = bars.FindIndex(b => b.Count > 0);
        return first < 0 ? [] : bars.GetRange(first, bars.FindLastIndex(b => b.Count > 0) - first + 1);
    }

    private static FacetGroup Group(string parameter) => FacetGroup.All.First(g => g.Parameter == parameter);

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
