using System.IO.Compression;
using System.Text.RegularExpressions;
using Trialdex.Core.Eligibility;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Core.Tests.Eligibility;

/// <summary>
/// Runs the segmenter over every real criteria text in ../shared/data. A text with an inclusion and an exclusion
/// heading line, each followed by some text, must give both sections. A few real texts contradict their headings
/// (an exclusion heading followed by "To be eligible, a person must:", which is read, rightly, as inclusion), so up
/// to <see cref="AllowedMissRate"/> of them may miss a side; the test prints every miss.
/// </summary>
public sealed partial class CriteriaSegmenterSharedDataTests(ITestOutputHelper output)
{
    private const double AllowedMissRate = 0.005;

    [SharedDataFact]
    public void Every_criteria_text_of_the_legacy_xml_sample_segments_into_both_of_its_sections()
    {
        var texts = SharedCriteriaTexts.Xml(SharedData.Path("ctgov", "AllPublicXML-sample.zip")).ToList();

        Assert.True(texts.Count > 6000, $"read only {texts.Count} criteria texts");
        Assert.True(AssertSegmentsIntoBothSections(texts) > 2500);
    }

    [SharedDataFact]
    public void Every_criteria_text_of_the_api_v2_exports_segments_into_both_of_its_sections()
    {
        var texts = Directory.EnumerateFiles(SharedData.Path("ctgov", "v2-exports"), "*.json").SelectMany(SharedCriteriaTexts.V2).ToList();

        Assert.True(texts.Count > 500, $"read only {texts.Count} criteria texts");
        Assert.True(AssertSegmentsIntoBothSections(texts) > 450);
    }

    [SharedDataFact]
    public void Every_criteria_text_of_the_leaf_clinical_trials_corpus_segments_into_both_of_its_sections()
    {
        using var zip = ZipFile.OpenRead(SharedData.Path("eval", "criteria", "lct-brat.zip"));
        var texts = zip.Entries
            .Where(entry => entry.Name.StartsWith("NCT", StringComparison.Ordinal) && entry.Name.EndsWith(".txt", StringComparison.Ordinal))
            .Select(entry => (entry.Name, ReadText(entry)))
            .ToList();

        Assert.True(texts.Count > 1000, $"read only {texts.Count} criteria texts");
        Assert.True(AssertSegmentsIntoBothSections(texts) > 900);
    }

    /// <summary>Returns how many texts had both headings.</summary>
    private int AssertSegmentsIntoBothSections(List<(string Id, string Text)> texts)
    {
        var withBoth = 0;
        var misses = new List<string>();
        foreach (var (id, text) in texts)
        {
            var segmented = CriteriaSegmenter.Segment(text);

            CriteriaInvariants.AssertWellFormed(text, segmented);
            if (HasFilledInclusionAndExclusionHeadings(text))
            {
                withBoth++;
                if (segmented.Inclusion.Count == 0 || segmented.Exclusion.Count == 0)
                {
                    misses.Add($"{id}: {segmented.Inclusion.Count} inclusion, {segmented.Exclusion.Count} exclusion, {segmented.Unclassified.Count} unclassified");
                }
            }
        }

        output.WriteLine($"{texts.Count} texts, {withBoth} with both headings, {misses.Count} missing a side");
        misses.ForEach(output.WriteLine);
        Assert.True(misses.Count <= Math.Ceiling(withBoth * AllowedMissRate), $"{misses.Count} of {withBoth} miss a side:\n{string.Join('\n', misses.Take(20))}");
        return withBoth;
    }

    /// <summary>An inclusion heading line, then a line with words, then an exclusion heading line, then words.</summary>
    private static bool HasFilledInclusionAndExclusionHeadings(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Any(char.IsLetter)).ToList();
        var inclusion = lines.FindIndex(line => IsHeading(line, "inclusion"));
        var exclusion = lines.FindIndex(line => IsHeading(line, "exclusion"));
        return inclusion >= 0 && exclusion > inclusion + 1 && exclusion < lines.Count - 1;
    }

    private static bool IsHeading(string line, string side) =>
        HeadingLine().Match(line) is { Success: true } match && match.Groups[1].Value.Equals(side, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[-*\s]*(?:key\s+)?(inclusion|exclusion)\s+criteria\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLine();

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
