namespace Trialdex.Web.Features.Search;

/// <summary>The search page's sort choices (<c>sort=updated</c>) and the API sort each stands for.</summary>
internal static class SearchSort
{
    public const string Relevance = "relevance";

    public static readonly IReadOnlyList<(string Value, string Label, string? ApiSort)> All =
    [
        (Relevance, "Best match", null),
        ("updated", "Recently updated", "LastUpdatePostDate:desc"),
        ("newest", "Newest first", "StudyFirstPostDate:desc"),
        ("start", "Start date", "StartDate:desc"),
        ("enrollment", "Most participants", "EnrollmentCount:desc"),
        ("distance", "Nearest first (needs a place)", "distance"),
    ];

    public static bool IsKnown(string value) => All.Any(s => s.Value == value);

    public static string? ApiSort(string value) => All.FirstOrDefault(s => s.Value == value).ApiSort;
}
