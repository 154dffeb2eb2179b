namespace Trialdex.Core.Eligibility;

/// <summary>
/// Splits a trial's free-text eligibility criteria into inclusion, exclusion and unclassified criteria, each a tree
/// of items with clean text and its span in the original, so that later stages can extract constraints from single
/// criteria and the user interface can highlight them.
/// </summary>
/// <remarks>
/// <para>It reads the layouts registries produce: the legacy XML ("-  " bullets, lines hard-wrapped near 99 columns
/// with indented continuations), the API v2 Markdown ("* item", "  * sub-item", escaped "\&gt;"), and what authors
/// and web pages make of them: numbering with <c>1. 1) (1) 1、 a. a) i. ii)</c>, "o" and "•" bullets, category
/// labels, headings run into the text, criteria separated only by line breaks.</para>
/// <para>Choices: a heading such as "Inclusion criteria for healthy volunteers:" and a category label such as
/// "Demographics" or "PATIENT CHARACTERISTICS:" become parent items whose children are the criteria under them, as
/// a lead-in "… one of the following:" does, so no text is lost and each child stays a criterion of its own.
/// Text before the first heading is unclassified, except when the only heading is an exclusion heading: registries
/// put inclusion criteria first, so it is then inclusion. Lead-in sentences such as "Patients may be eligible for
/// this study if they:" are headings, not criteria.</para>
/// <para>It never throws, and it runs in time linear in the length of the text, as it runs on every study at
/// import: it scans by hand and only matches patterns on bounded windows of a line.</para>
/// </remarks>
public static class CriteriaSegmenter
{
    /// <summary>Segments one study's eligibility criteria text; null or blank text gives <see cref="SegmentedCriteria.Empty"/>.</summary>
    public static SegmentedCriteria Segment(string? eligibilityCriteria)
    {
        if (string.IsNullOrWhiteSpace(eligibilityCriteria))
        {
            return SegmentedCriteria.Empty;
        }

        var lines = SourceLine.Split(eligibilityCriteria);
        var builder = new CriteriaTreeBuilder(eligibilityCriteria, WrapProfile.Measure(eligibilityCriteria, lines));
        foreach (var line in lines)
        {
            builder.AddLine(line);
        }

        return builder.Build();
    }
}
