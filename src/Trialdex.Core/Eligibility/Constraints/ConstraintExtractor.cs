using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Reads computable constraints from eligibility criteria: ages, sex, pregnancy and lactation, laboratory
/// thresholds, scores, time windows, counts, doses, and the conditions, medications and procedures named, each with
/// its span in the criterion and in the original text. What it does not understand becomes one Unstructured
/// constraint holding the criterion, so nothing is dropped.
/// </summary>
/// <remarks>It never throws and runs in time linear in the text: it scans tokens by hand and looks a bounded number
/// of tokens ahead at each position.</remarks>
public static class ConstraintExtractor
{
    /// <summary>
    /// The version of what <see cref="Parse"/> gives, stored beside each study's parsed criteria: bumped whenever a
    /// change to the segmenter, the extractor or the units changes its output, so that stored parses are known to be
    /// stale (and are re-parsed on read and by <c>trialdex criteria --update-store</c>).
    /// </summary>
    public const int ParserVersion = 11;

    /// <summary>
    /// What a stored parse is current for: <see cref="ParserVersion"/> alone for a parse made without a vocabulary,
    /// and with the vocabulary's <see cref="MeshVocabulary.Stamp"/> above it for one made with it. A store compares
    /// it with the stamp of its parser and vocabulary of the moment, so a new parser or a new vocabulary makes stored
    /// parses stale.
    /// </summary>
    public static long ParseStamp(MeshVocabulary? vocabulary) => vocabulary is null ? ParserVersion : ParserVersion | ((long)vocabulary.Stamp << 16);

    private const int MaxCriterionLength = 20_000;

    /// <summary>The constraints of one criterion, in text order; never empty for a text with any letter or digit.</summary>
    /// <param name="criterionText">The criterion's clean text (<see cref="CriterionItem.Text"/>).</param>
    /// <param name="kind">Whether the criterion includes or excludes; kept for the screener, it does not change what is read.</param>
    /// <param name="vocabulary">MeSH, to find the conditions named; without it conditions stay in the text.</param>
    /// <param name="units">UCUM units, to normalise laboratory units; null for the bundled ones (<see cref="UnitVocabulary.Bundled"/>).</param>
    public static IReadOnlyList<Constraint> Extract(string criterionText, CriterionKind kind, MeshVocabulary? vocabulary = null, UnitVocabulary? units = null)
    {
        if (string.IsNullOrWhiteSpace(criterionText))
        {
            return [];
        }

        try
        {
            return criterionText.Length > MaxCriterionLength ? [Unstructured(criterionText)] : Read(criterionText, vocabulary, units ?? UnitVocabulary.Bundled);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            // A defect in a scanner must not cost a trial its criteria: keep the text whole.
            return [Unstructured(criterionText)];
        }
    }

    /// <summary>
    /// Segments a trial's eligibility text (<see cref="CriteriaSegmenter.Segment"/>) and reads every criterion and
    /// sub-criterion, with each constraint's span mapped into <paramref name="eligibilityCriteria"/>. Units are
    /// normalised with <paramref name="units"/>, or with the bundled UCUM units when it is null.
    /// </summary>
    public static ParsedCriteria Parse(string? eligibilityCriteria, MeshVocabulary? vocabulary = null, UnitVocabulary? units = null)
    {
        var segmented = CriteriaSegmenter.Segment(eligibilityCriteria);
        if (segmented.IsEmpty || eligibilityCriteria is null)
        {
            return ParsedCriteria.Empty;
        }

        units ??= UnitVocabulary.Bundled;
        var criteria = new List<ParsedCriterion>();
        foreach (var item in segmented.Inclusion.Concat(segmented.Exclusion).Concat(segmented.Unclassified).OrderBy(i => i.Span.Start))
        {
            Add(eligibilityCriteria, item, 0, vocabulary, units, criteria);
        }

        return new ParsedCriteria(criteria);
    }

    private static void Add(string original, CriterionItem item, int depth, MeshVocabulary? vocabulary, UnitVocabulary? units, List<ParsedCriterion> criteria)
    {
        var spans = new SourceSpans(original, item.Span, item.Text);
        var constraints = Extract(item.Text, item.Kind, vocabulary, units)
            .Select(c => c with
            {
                SourceSpan = spans.Map(c.Span) ?? item.Span,
                SourceComparisonSpan = c.ComparisonSpan is { } comparison ? spans.Map(comparison) ?? item.Span : null,
            })
            .ToList();
        criteria.Add(new ParsedCriterion(item.Kind, item.Text, item.Span, depth, constraints));
        foreach (var child in item.Children)
        {
            Add(original, child, depth + 1, vocabulary, units, criteria);
        }
    }

    /// <summary>The extraction without the safety net of <see cref="Extract"/>, so that tests see any defect.</summary>
    internal static List<Constraint> Read(string text, MeshVocabulary? vocabulary, UnitVocabulary? units)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var criterion = CriterionTokens.Transient(text);
        var consumed = new bool[criterion.Tokens.Count];
        var comparisons = new List<Comparison>();
        ScoreScanner.Scan(criterion.Tokens, consumed, comparisons);
        ComparisonScanner.Scan(criterion.Tokens, consumed, comparisons);
        comparisons.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));

        var builder = new ConstraintBuilder(criterion, units);
        var constraints = new List<Constraint>();
        var previousEnd = 0;
        Comparison? previous = null;
        foreach (var comparison in comparisons)
        {
            var floor = Math.Max(previousEnd, criterion.ClauseStarts[comparison.FirstToken]);
            var sibling = previous is not null && Siblings(criterion.Tokens, previous, comparison) ? constraints[^1] : null;
            var constraint = builder.Build(comparison, floor, sibling);
            if (sibling is not null && sibling.Unit is null && constraint.Unit is not null && sibling.Kind == constraint.Kind)
            {
                // "BMI <20 or >35 kg/m2": the unit written once serves both values.
                constraints[^1] = builder.WithUnitOf(sibling, constraint);
            }

            constraints.Add(constraint);
            previous = comparison;
            previousEnd = Math.Max(comparison.EndToken, criterion.TokenAfter(constraint.Span.End));
        }

        constraints.AddRange(StatusScanner.Scan(criterion));
        var covered = Covered(criterion, constraints);
        constraints.AddRange(ConceptScanner.Scan(criterion, vocabulary, consumed).Where(c => !covered[criterion.TokenAfter(c.Span.Start)]));
        if (constraints.Count == 0)
        {
            constraints.Add(Unstructured(text));
        }

        return Qualifiers.Apply(criterion, constraints, consumed);
    }

    /// <summary>Two comparisons joined by nothing but "or", "and", "/" or a comma: "&lt;20 or &gt;35 kg/m2".</summary>
    private static bool Siblings(List<Token> tokens, Comparison a, Comparison b)
    {
        var between = b.FirstToken - a.EndToken;
        return between is 1 or 2 && Enumerable.Range(a.EndToken, between).All(i => tokens[i].Is("or") || tokens[i].Is("and") || tokens[i].Text is "/" or ",");
    }

    /// <summary>Which tokens the constraints found so far cover, so that concepts inside them are not read twice.</summary>
    private static bool[] Covered(CriterionTokens criterion, List<Constraint> constraints)
    {
        var covered = new bool[criterion.Tokens.Count + 1];
        foreach (var c in constraints)
        {
            var first = criterion.TokenAfter(c.Span.Start);
            var end = criterion.TokenAfter(c.Span.End);
            Array.Fill(covered, true, first, Math.Max(0, end - first));
        }

        return covered;
    }

    private static Constraint Unstructured(string text) =>
        new() { Kind = ConstraintKind.Unstructured, Field = text, Span = new TextSpan(0, text.Length) };
}
