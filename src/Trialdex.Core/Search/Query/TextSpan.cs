namespace Trialdex.Core.Search.Query;

/// <summary>A run of characters in the query text the user typed, so a node or an error can point back at it.</summary>
/// <param name="Start">The index of the first character (0-based).</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The span from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
