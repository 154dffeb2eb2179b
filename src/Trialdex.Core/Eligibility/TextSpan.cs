namespace Trialdex.Core.Eligibility;

/// <summary>
/// A region of the original eligibility text, so that a criterion can be highlighted where the registry wrote it.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
