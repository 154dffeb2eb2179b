using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Web.Tests.Browser;

/// <summary>
/// Liver cirrhosis trials in fourteen cities of nine countries, imported beside the bundled sample so the browser
/// tests have more than one page of results, sites to map and place search hits (written by us, not from a registry).
/// </summary>
internal static class BrowserStudies
{
    public static readonly (string City, string Country)[] Sites =
    [
        ("Chongqing", "China"), ("Chongqing", "China"), ("Beijing", "China"), ("Chengdu", "China"), ("Paris", "France"), ("Lyon", "France"),
        ("Boston", "United States"), ("Houston", "United States"), ("London", "United Kingdom"), ("Berlin", "Germany"), ("Tokyo", "Japan"),
        ("Sydney", "Australia"), ("São Paulo", "Brazil"), ("Toronto", "Canada"),
    ];

    private static readonly string[] Statuses = ["RECRUITING", "COMPLETED", "NOT_YET_RECRUITING"];

    private static readonly int[] Enrollments = [12, 40, 80, 300, 1500];

    /// <summary>Writes one JSON file per study into <paramref name="directory"/>.</summary>
    public static void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (id, json) in Studies())
        {
            File.WriteAllText(Path.Combine(directory, id + ".json"), json);
        }
    }

    /// <summary>Each study's id and API v2 JSON.</summary>
    public static IEnumerable<(string Id, string Json)> Studies()
    {
        for (var i = 0; i < Sites.Length; i++)
        {
            var (city, country) = Sites[i];
            var id = TestStudies.Id(i + 1);
            var node = TestStudies.Node(id, status: Statuses[i % Statuses.Length], title: $"Stem Cells for Liver Cirrhosis in {city} ({i + 1})");
            var protocol = node["protocolSection"]!;
            protocol["statusModule"]!["startDateStruct"] = new JsonObject { ["date"] = $"{2015 + (i % 8)}-03" };
            protocol["designModule"]!["enrollmentInfo"] = new JsonObject { ["count"] = Enrollments[i % Enrollments.Length], ["type"] = "ESTIMATED" };
            protocol["contactsLocationsModule"] = new JsonObject
            {
                ["locations"] = new JsonArray(new JsonObject { ["facility"] = $"{city} Test Hospital", ["city"] = city, ["country"] = country }),
            };
            yield return (id, node.ToJsonString());
        }
    }
}
