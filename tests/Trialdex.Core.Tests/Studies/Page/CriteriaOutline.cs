using System.Text.Json;
using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Tests.Studies.Page;

/// <summary>
/// Criterion trees as the expected files write them: one line per criterion, two spaces of indent per level.
/// The expected lines are the page's text; the page view drops a trailing ";" or "," as the segmenter documents.
/// </summary>
internal static class CriteriaOutline
{
    public static List<string> Of(IReadOnlyList<CriterionItem> items, string indent = "") =>
        [.. items.SelectMany(item => new[] { indent + item.Text }.Concat(Of(item.Children, indent + "  ")))];

    public static List<string> Expected(JsonDocument expected, string side) =>
        [.. expected.RootElement.GetProperty(side).EnumerateArray().Select(line => line.GetString()!.TrimEnd(';', ','))];
}
