using System.Text.Json;
using Trialdex.Core.Studies;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Core.Tests.Studies;

/// <summary>Every real API v2 record in ../shared/data parses with the strict typed model.</summary>
public sealed class SharedStudyDataTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Every_single_study_file_parses_without_error()
    {
        var parsed = 0;
        var errors = new List<string>();
        foreach (var file in Directory.GetFiles(SharedData.Path("ctgov", "v2-single"), "*.json").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (IsClassicFullStudiesResponse(bytes))
            {
                continue;
            }

            if (StudyJson.TryParse(bytes, out var study, out var error))
            {
                Assert.Matches("^NCT[0-9]{8}$", study.NctId);
                parsed++;
            }
            else
            {
                errors.Add($"{Path.GetFileName(file)}: {error}");
            }
        }

        output.WriteLine($"{parsed} API v2 studies parsed from v2-single");
        Assert.Empty(errors);
        Assert.True(parsed >= 10, $"only {parsed} API v2 studies were found in v2-single");
    }

    [SharedDataFact]
    public void Every_study_in_the_website_exports_parses_without_error()
    {
        var parsed = 0;
        var errors = new List<string>();
        foreach (var file in Directory.GetFiles(SharedData.Path("ctgov", "v2-exports"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (StudyJson.TryParse(JsonSerializer.SerializeToUtf8Bytes(element), out var study, out var error))
                {
                    Assert.Matches("^NCT[0-9]{8}$", study.NctId);
                    parsed++;
                }
                else
                {
                    errors.Add($"{Path.GetFileName(file)}[{index}]: {error}");
                }

                index++;
            }
        }

        output.WriteLine($"{parsed} studies parsed from v2-exports");
        Assert.Empty(errors);
        Assert.True(parsed >= 500, $"only {parsed} studies were found in v2-exports");
    }

    // Three files hold the retired classic API's shape instead, under a top-level "FullStudiesResponse" key.
    private static bool IsClassicFullStudiesResponse(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.TryGetProperty("FullStudiesResponse", out _);
    }
}
