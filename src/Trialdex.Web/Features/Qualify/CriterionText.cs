using Trialdex.Web.Features.Prescreen;

namespace Trialdex.Web.Features.Qualify;

/// <summary>A criterion's text split around the part its verdict rests on, to show that part highlighted.</summary>
/// <param name="Before">The text before the highlighted part (all of it when nothing is highlighted).</param>
/// <param name="Marked">The highlighted part, or empty.</param>
/// <param name="After">The text after it.</param>
public sealed record CriterionText(string Before, string Marked, string After)
{
    /// <summary>
    /// Splits <paramref name="criterion"/>'s text at its constraint span. Spans point into the trial's eligibility
    /// text; the criterion's text is its item without the bullet, so the constraint is looked for at its offset
    /// from the criterion's start first, then anywhere in the text.
    /// </summary>
    public static CriterionText Split(PrescreenCriterion criterion, string? eligibilityText)
    {
        var text = criterion.Text;
        if (eligibilityText is null || criterion.ConstraintSpan is not { } constraint
            || constraint.Start < 0 || constraint.Length <= 0 || constraint.Start + constraint.Length > eligibilityText.Length)
        {
            return new(text, "", "");
        }

        var marked = eligibilityText.Substring(constraint.Start, constraint.Length);
        var offset = criterion.Span is { } span ? constraint.Start - span.Start : -1;
        var at = offset >= 0 && offset + marked.Length <= text.Length && string.CompareOrdinal(text, offset, marked, 0, marked.Length) == 0
            ? offset
            : text.IndexOf(marked, StringComparison.Ordinal);
        return at < 0 ? new(text, "", "") : new(text[..at], marked, text[(at + marked.Length)..]);
    }
}
