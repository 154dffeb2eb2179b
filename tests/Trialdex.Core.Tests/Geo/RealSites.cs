using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Trialdex.Tests;

namespace Trialdex.Core.Tests.Geo;

/// <summary>A trial site as a real record writes it, with the record's own point when it has one.</summary>
internal sealed record RealSite(string? City, string? State, string? Country, double? Latitude, double? Longitude);

/// <summary>The sites of the real records in ../shared/data: the API v2 exports and the legacy XML sample.</summary>
internal static class RealSites
{
    public static IEnumerable<RealSite> FromV2Exports()
    {
        foreach (var file in Directory.EnumerateFiles(SharedData.Path("ctgov", "v2-exports"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var study in document.RootElement.EnumerateArray())
            {
                foreach (var location in Locations(study))
                {
                    var point = location.TryGetProperty("geoPoint", out var geo) ? geo : default;
                    yield return new RealSite(
                        Text(location, "city"),
                        Text(location, "state"),
                        Text(location, "country"),
                        point.ValueKind == JsonValueKind.Object ? point.GetProperty("lat").GetDouble() : null,
                        point.ValueKind == JsonValueKind.Object ? point.GetProperty("lon").GetDouble() : null);
                }
            }
        }
    }

    public static IEnumerable<RealSite> FromLegacyXml()
    {
        using var zip = ZipFile.OpenRead(SharedData.Path("ctgov", "AllPublicXML-sample.zip"));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = entry.Open();
            var addresses = XDocument.Load(stream).Descendants("location").Elements("facility").Elements("address");
            foreach (var address in addresses)
            {
                yield return new RealSite(
                    address.Element("city")?.Value, address.Element("state")?.Value, address.Element("country")?.Value, null, null);
            }
        }
    }

    private static IEnumerable<JsonElement> Locations(JsonElement study) =>
        study.TryGetProperty("protocolSection", out var protocol)
        && protocol.TryGetProperty("contactsLocationsModule", out var module)
        && module.TryGetProperty("locations", out var locations)
            ? locations.EnumerateArray()
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
