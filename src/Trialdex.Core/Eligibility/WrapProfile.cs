namespace Trialdex.Core.Eligibility;

/// <summary>
/// Whether a text was hard-wrapped at a fixed width, as the legacy ClinicalTrials.gov XML is (about 99 columns).
/// In such a text a line followed by another is a wrapped criterion exactly when the next line's first word would
/// not have fitted on it; in a text that is not wrapped every line break is meant.
/// </summary>
internal sealed class WrapProfile
{
    private const int MinWidth = 60;
    private const int Slack = 3;
    private const int MinWrappedPairs = 2;

    private WrapProfile(int width, bool isHardWrapped)
    {
        Width = width;
        IsHardWrapped = isHardWrapped;
    }

    public int Width { get; }

    public bool IsHardWrapped { get; }

    /// <summary>Measures the widest line, then checks that at least four in five line pairs broke for want of room.</summary>
    public static WrapProfile Measure(string text, List<SourceLine> lines)
    {
        var width = 0;
        foreach (var line in lines)
        {
            width = Math.Max(width, line.Width);
        }

        int pairs = 0, wrapped = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var (previous, line) = (lines[i - 1], lines[i]);
            if (previous.IsBlank || line.IsBlank || MarkerParser.Parse(text, line.ContentStart, line.ContentEnd) is not null)
            {
                continue;
            }

            pairs++;
            wrapped += Broke(previous, FirstWordLength(text, line), width) ? 1 : 0;
        }

        return new WrapProfile(width, width >= MinWidth && wrapped >= MinWrappedPairs && wrapped * 5 >= pairs * 4);
    }

    /// <summary>True when <paramref name="previous"/> ended only because the next word did not fit.</summary>
    public bool Broke(SourceLine previous, int nextWordLength) => IsHardWrapped && Broke(previous, nextWordLength, Width);

    public static int FirstWordLength(string text, SourceLine line) =>
        TextShape.WordEnd(text, line.ContentStart, line.ContentEnd) - line.ContentStart;

    private static bool Broke(SourceLine previous, int nextWordLength, int width) => previous.Width + 1 + nextWordLength > width - Slack;
}
