namespace Trialdex.Core;

/// <summary>
/// A run of characters in a text the user or the registry wrote — a query, an eligibility criterion, a clinical
/// note — so that a result, a constraint or an error can point back at where it came from.
/// </summary>
/// <param name="Start">The index of the first character (0-based).</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The span from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
