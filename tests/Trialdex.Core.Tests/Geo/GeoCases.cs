using Trialdex.Core.Geo;

namespace Trialdex.Core.Tests.Geo;

/// <summary>The invented gazetteer fixture and golden cases in Cases/Geo.</summary>
internal static class GeoCases
{
    public const string None = "NONE";

    /// <summary>gazetteer-sample.tsv, loaded once: a few well-known places, written for these tests.</summary>
    public static Gazetteer Sample { get; } = Gazetteer.Load(PathOf("gazetteer-sample.tsv"));

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Cases", "Geo", fileName);

    /// <summary>The cases of a golden file as (input, expected) pairs, split at " ⇒ ".</summary>
    public static TheoryData<string, string> Cases(string fileName)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(PathOf(fileName)).Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            var arrow = line.IndexOf(" ⇒ ", StringComparison.Ordinal);
            data.Add(line[..arrow], line[(arrow + 3)..]);
        }

        return data;
    }

    /// <summary>A result as the right-hand side of a golden case.</summary>
    public static string Render(GeocodeResult? result) =>
        result is null ? None : $"{result.Name} | {result.Admin1 ?? "-"} | {result.Country} | {result.Alternatives}";

    /// <summary>A golden field, "-" meaning absent.</summary>
    public static string? Field(string text) => text.Trim() is "-" ? null : text.Trim();
}
