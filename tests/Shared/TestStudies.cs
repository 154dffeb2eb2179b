using System.Text;
using System.Text.Json.Nodes;

namespace Trialdex.Tests;

/// <summary>Builds small API v2 study JSON documents for tests (written by us, not copied from any registry).</summary>
internal static class TestStudies
{
    public static JsonObject Node(
        string nctId,
        string? lastUpdate = "2024-01-15",
        string status = "RECRUITING",
        string title = "A Test Study of Stem Cells for Liver Cirrhosis",
        string? criteria = "Inclusion Criteria:\n\n* Age 18 to 65\n\nExclusion Criteria:\n\n* Pregnancy")
    {
        var statusModule = new JsonObject { ["overallStatus"] = status };
        if (lastUpdate is not null)
        {
            statusModule["lastUpdatePostDateStruct"] = new JsonObject { ["date"] = lastUpdate, ["type"] = "ACTUAL" };
        }

        return new JsonObject
        {
            ["protocolSection"] = new JsonObject
            {
                ["identificationModule"] = new JsonObject { ["nctId"] = nctId, ["briefTitle"] = title },
                ["statusModule"] = statusModule,
                ["conditionsModule"] = new JsonObject { ["conditions"] = new JsonArray("Liver Cirrhosis") },
                ["designModule"] = new JsonObject { ["studyType"] = "INTERVENTIONAL", ["phases"] = new JsonArray("PHASE1", "PHASE2") },
                ["eligibilityModule"] = new JsonObject { ["eligibilityCriteria"] = criteria, ["sex"] = "ALL", ["minimumAge"] = "18 Years" },
                ["contactsLocationsModule"] = new JsonObject
                {
                    ["locations"] = new JsonArray(new JsonObject { ["facility"] = "Test Hospital", ["city"] = "Chongqing", ["country"] = "China" }),
                },
            },
            ["hasResults"] = false,
        };
    }

    public static string Json(string nctId, string? lastUpdate = "2024-01-15", string status = "RECRUITING", string title = "A Test Study of Stem Cells for Liver Cirrhosis") =>
        Node(nctId, lastUpdate, status, title).ToJsonString();

    public static byte[] Utf8(string nctId, string? lastUpdate = "2024-01-15") => Encoding.UTF8.GetBytes(Json(nctId, lastUpdate));

    /// <summary>"NCT1000000n" for n.</summary>
    public static string Id(int n) => "NCT" + (10_000_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A temporary directory deleted after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "trialdex-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
