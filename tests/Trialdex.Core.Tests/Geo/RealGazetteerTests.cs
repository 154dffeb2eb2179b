using System.Diagnostics;
using System.Globalization;
using Trialdex.Core.Geo;
using Xunit.Abstractions;

namespace Trialdex.Core.Tests.Geo;

/// <summary>The generated GeoNames gazetteer, against the names the issue asks for and the real trial sites.</summary>
public sealed class RealGazetteerTests(ITestOutputHelper output)
{
    [RealGazetteerFact]
    public void The_real_gazetteer_loads_with_every_place()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();

        var gazetteer = RealGazetteer.LoadFresh();

        clock.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        output.WriteLine($"{gazetteer.PlaceCount:N0} places, loaded in {clock.ElapsedMilliseconds} ms, {retained / (1024 * 1024)} MB retained");
        Assert.InRange(gazetteer.PlaceCount, 100_000, 1_000_000);
        GC.KeepAlive(gazetteer);
    }

    [RealGazetteerFact]
    public void Chongqing_Boston_MA_and_Paris_France_find_the_well_known_cities()
    {
        var gazetteer = RealGazetteer.Value;

        var chongqing = gazetteer.Find("Chongqing");
        var boston = gazetteer.Find("Boston, MA");
        var paris = gazetteer.Find("Paris, France");

        Assert.Equal(("Chongqing", "China"), (chongqing?.Name, chongqing?.Country));
        Assert.Equal(("Boston", "Massachusetts", "United States"), (boston?.Name, boston?.Admin1, boston?.Country));
        Assert.Equal(("Paris", "France"), (paris?.Name, paris?.Country));
        Assert.InRange(GeoDistance.DistanceKm(paris!.Latitude, paris.Longitude, 48.8566, 2.3522), 0, 5);
        foreach (var result in new[] { chongqing, boston, paris })
        {
            output.WriteLine(result!.Explanation);
        }
    }

    [RealGazetteerFact]
    public void The_issue_examples_find_the_expected_city_and_country()
    {
        (string Query, string City, string Country)[] examples =
        [
            ("Boston, Massachusetts", "Boston", "United States"),
            ("Paris, TX", "Paris", "United States"),
            ("São Paulo", "São Paulo", "Brazil"),
            ("Sao Paulo, Brazil", "São Paulo", "Brazil"),
            ("New York", "New York City", "United States"),
            ("Beijing, China", "Beijing", "China"),
            ("Bethesda, Maryland, United States", "Bethesda", "United States"),
            ("Peking", "Beijing", "China"),
            ("Seoul, Korea, Republic of", "Seoul", "South Korea"),
            ("Tehran, Iran, Islamic Republic of", "Tehran", "Iran"),
            ("Moscow, Russian Federation", "Moscow", "Russian Federation"),
            ("London, UK", "London", "United Kingdom"),
            ("London, ON", "London", "Canada"),
            ("Springfield, IL", "Springfield", "United States"),
            ("Paris France", "Paris", "France"),
        ];

        var found = examples.Select(example => (example, Result: RealGazetteer.Value.Find(example.Query))).ToList();

        foreach (var (example, result) in found)
        {
            output.WriteLine($"{example.Query} ⇒ {result?.Explanation ?? "nothing"}");
        }

        Assert.All(found, pair => Assert.Equal((pair.example.City, pair.example.Country), (pair.Result?.Name, pair.Result?.Country)));
    }

    [RealGazetteerAndSharedDataFact]
    public void FindSite_coverage_and_accuracy_on_the_real_trial_sites_are_reported()
    {
        var gazetteer = RealGazetteer.Value;
        var v2 = RealSites.FromV2Exports().ToList();
        var legacy = RealSites.FromLegacyXml().ToList();

        var located = v2.Where(site => site.Latitude is not null)
            .Select(site => (Site: site, Found: gazetteer.FindSite(site.City, site.State, site.Country)))
            .ToList();
        var distances = located.Where(pair => pair.Found is not null)
            .Select(pair => (pair.Site, pair.Found, Km: GeoDistance.DistanceKm(pair.Site.Latitude!.Value, pair.Site.Longitude!.Value, pair.Found!.Latitude, pair.Found.Longitude)))
            .OrderBy(pair => pair.Km)
            .ToList();
        var legacyMissed = legacy.Where(site => gazetteer.FindSite(site.City, site.State, site.Country) is null).ToList();
        var unlocated = v2.Where(site => site.Latitude is null).ToList();
        var unlocatedMissed = unlocated.Count(site => gazetteer.FindSite(site.City, site.State, site.Country) is null);

        Assert.NotEmpty(located);
        Assert.NotEmpty(legacy);
        Report("API v2 sites with a geoPoint", located.Count, located.Count - distances.Count);
        Report("API v2 sites without one", unlocated.Count, unlocatedMissed);
        Report("legacy XML sites", legacy.Count, legacyMissed.Count);
        if (distances.Count > 0)
        {
            var km = distances.Select(d => d.Km).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"distance to the record's own geoPoint: median {km[km.Count / 2]:F1} km, mean {km.Average():F1} km, 90th percentile {km[km.Count * 9 / 10]:F1} km, "
                + $"within 25 km {Share(km.Count(d => d <= 25), km.Count)}, over 100 km {km.Count(d => d > 100)}"));
        }

        foreach (var (site, found, km) in distances.AsEnumerable().Reverse().Take(15))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"far: {km:F0} km  {site.City} | {site.State} | {site.Country}  ⇒  {found!.Explanation}"));
        }

        foreach (var (site, found) in legacyMissed.Select(site => (site, gazetteer.FindSite(site.City, null, site.Country))).Where(pair => pair.Item2 is not null).Take(15))
        {
            output.WriteLine($"state refused: {site.City} | {site.State} | {site.Country}  ⇒  {found!.Explanation}");
        }

        foreach (var site in located.Where(pair => pair.Found is null).Select(pair => pair.Site).Concat(legacyMissed).Take(30))
        {
            output.WriteLine($"unresolved: {site.City} | {site.State} | {site.Country}");
        }
    }

    private void Report(string what, int total, int missed) =>
        output.WriteLine($"{what}: {total - missed} of {total} resolved ({Share(total - missed, total)})");

    private static string Share(int part, int whole) =>
        whole == 0 ? "n/a" : (part / (double)whole).ToString("P1", CultureInfo.InvariantCulture);
}
