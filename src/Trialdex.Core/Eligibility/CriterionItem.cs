namespace Trialdex.Core.Eligibility;

/// <summary>One criterion of a trial's eligibility text, with the sub-criteria written under it.</summary>
/// <param name="Kind">The list the criterion belongs to; children share their parent's kind.</param>
/// <param name="Text">
/// The criterion's clean text: list marker removed, wrapped lines joined with single spaces, whitespace collapsed,
/// Markdown backslash escapes (<c>\&gt;</c>) undone and a trailing <c>;</c> or <c>,</c> dropped.
/// </param>
/// <param name="Span">
/// Where the criterion's own text lies in the original string: from its first to its last character, marker and
/// children excluded. A wrapped criterion's span includes the line breaks and indentation between its lines.
/// </param>
/// <param name="Children">
/// Sub-criteria: the items of a nested list, the options of an "one of the following" lead-in, or the criteria
/// under a category label such as "Demographics" or a qualified heading such as "Inclusion criteria for donors".
/// </param>
/// <param name="Marker">The bullet or number as written ("1)", "*", "o", "1、", "a.", "(iv)"), or null.</param>
public sealed record CriterionItem(
    CriterionKind Kind,
    string Text,
    TextSpan Span,
    IReadOnlyList<CriterionItem> Children,
    string? Marker);
