namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Maps offsets in a criterion's clean text back to the original eligibility text. The clean text is the
/// original with whitespace runs collapsed and backslash escapes undone, so each of its characters is found in
/// order in the original span; a space maps to where the run of whitespace starts.
/// </summary>
internal sealed class SourceSpans
{
    private readonly int[]? _map;

    /// <summary>Where the clean text starts in the original when it is the original's span unchanged (most criteria), so that no map is needed.</summary>
    private readonly int? _unchangedAt;

    private readonly int _cleanLength;

    public SourceSpans(string original, TextSpan span, string clean)
    {
        _cleanLength = clean.Length;
        // Unchanged and with no run of spaces (the map gives each space of a run the run's start): offsets only shift.
        if (span.Start >= 0 && span.Start + clean.Length <= Math.Min(original.Length, span.End)
            && original.AsSpan(span.Start, clean.Length).SequenceEqual(clean) && !clean.Contains("  ", StringComparison.Ordinal))
        {
            _unchangedAt = span.Start;
            return;
        }

        var map = new int[clean.Length];
        var o = span.Start;
        var end = Math.Min(original.Length, span.End);
        for (var j = 0; j < clean.Length; j++)
        {
            if (clean[j] == ' ')
            {
                map[j] = o;
                continue;
            }

            while (o < end && original[o] != clean[j])
            {
                o++;
            }

            if (o >= end)
            {
                return;
            }

            map[j] = o++;
        }

        _map = map;
    }

    /// <summary>The span in the original text, or null when the clean text could not be aligned with it.</summary>
    public TextSpan? Map(TextSpan span)
    {
        if (_unchangedAt is { } at)
        {
            return span.Length <= 0 || span.End > _cleanLength ? null : new TextSpan(at + span.Start, span.Length);
        }

        if (_map is null || span.Length <= 0 || span.End > _map.Length)
        {
            return null;
        }

        var start = _map[span.Start];
        var last = _map[span.End - 1];
        return new TextSpan(start, Math.Max(1, last - start + 1));
    }
}
