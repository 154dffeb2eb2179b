using System.IO.Compression;
using System.Text.Json;
using System.Xml;

namespace Trialdex.Core.Tests.Eligibility;

/// <summary>The criteria texts of the real records in ../shared/data, read straight from their files.</summary>
internal static class SharedCriteriaTexts
{
    /// <summary>Each legacy XML record's criteria text block, from a zip laid out as AllPublicXML.zip.</summary>
    public static IEnumerable<(string Id, string Text)> Xml(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            if (reader.ReadToFollowing("eligibility") && reader.ReadToDescendant("criteria") && reader.ReadToDescendant("textblock"))
            {
                yield return (entry.Name, reader.ReadElementContentAsString());
            }
        }
    }

    /// <summary>Each study's eligibilityCriteria in an API v2 export (a JSON array of studies).</summary>
    public static IEnumerable<(string Id, string Text)> V2(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var texts = new List<(string, string)>();
        foreach (var study in document.RootElement.EnumerateArray())
        {
            if (study.TryGetProperty("protocolSection", out var protocol)
                && protocol.TryGetProperty("eligibilityModule", out var eligibility)
                && eligibility.TryGetProperty("eligibilityCriteria", out var criteria))
            {
                var id = protocol.GetProperty("identificationModule").GetProperty("nctId").GetString();
                texts.Add((id ?? path, criteria.GetString() ?? string.Empty));
            }
        }

        return texts;
    }
}
