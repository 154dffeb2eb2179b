using Trialdex.Core.Eligibility.Units;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>Turns a comparison into a constraint: decides its kind and field, and normalises its values.</summary>
internal sealed class ConstraintBuilder(CriterionTokens criterion, UnitVocabulary? units)
{
    private static readonly WordSet FieldSuffixes = new()
    {
        "prolongation", "elevation", "increase", "decrease", "reduction", "change", "decline", "variability",
    };

    /// <summary>The field names given when the criterion names none.</summary>
    private static readonly string[] Fallbacks = ["value", "time", "count"];

    private static readonly string[] ScoreSystemWords = ["scoring", "score", "scale", "classification", "system", "criteria", "index"];

    /// <summary>Builds the constraint; <paramref name="sibling"/> is the constraint of a comparison joined to this one by
    /// "or" or "and", whose field this one shares when it names none of its own ("BMI &lt;20 or &gt;35").</summary>
    public Constraint Build(Comparison c, int floor, Constraint? sibling = null)
    {
        var tokens = criterion.Tokens;
        var text = criterion.Text;
        var unitText = c.Unit is null ? null : text[c.Unit.Start..c.Unit.End];
        var start = tokens[c.TextFirstToken].Start;
        var textEnd = c.TextEnd ?? tokens[c.EndToken - 1].End;
        var end = tokens[c.EndToken - 1].End;
        var (kind, field, fieldStart) = Classify(c, floor);
        if (sibling is not null && kind != ConstraintKind.Age && (Fallbacks.Contains(field) || (kind == ConstraintKind.Medication && sibling.Kind != kind)))
        {
            (kind, field, fieldStart) = (sibling.Kind, sibling.Field, start);
        }

        if (kind == ConstraintKind.Medication && FieldFinder.PhraseAfter(tokens, text, c.EndToken) is { } drug && drug.Text == field)
        {
            end = tokens[drug.End - 1].End;
        }

        var spanStart = Math.Min(fieldStart, tokens[c.FirstToken].Start);

        var implied = kind == ConstraintKind.Age && c.Unit is null ? "years" : unitText;
        var values = c.ImpliedValue ? [] : c.ValueTexts;
        return new Constraint
        {
            Kind = kind,
            Field = field,
            Operator = c.Operator,
            Values = c.Values,
            ValueTexts = values,
            Unit = unitText,
            Normalized = UnitNormalizer.Normalize(c.Values, implied, field, units),
            Times = Times(c, implied),
            Label = c.Label,
            Span = new TextSpan(spanStart, end - spanStart),
            ComparisonSpan = new TextSpan(start, textEnd - start),
        };
    }

    /// <summary>The sibling normalised with the unit written after the comparison that follows it.</summary>
    public Constraint WithUnitOf(Constraint sibling, Constraint next)
    {
        var normalized = UnitNormalizer.Normalize(sibling.Values, next.Unit, sibling.Field, units);
        var times = next.Times.Count > 0 && sibling.Times.Count == 0 && TimeUnits.Parse(next.Unit!) is { } time
            ? [.. sibling.Values.Where(v => v >= 0).Select(v => new NormalizedTime(v, time))]
            : sibling.Times;
        return sibling with { Normalized = normalized ?? sibling.Normalized, Times = times };
    }

    private (ConstraintKind Kind, string Field, int Start) Classify(Comparison c, int floor)
    {
        var tokens = criterion.Tokens;
        var start = tokens[c.FirstToken].Start;
        if (c.ScoreField is { } score)
        {
            var at = FieldFinder.Known(tokens, c.FirstToken, floor);
            return (ConstraintKind.Score, score, at is { } a ? tokens[a.Start].Start : start);
        }

        if (c.Label is not null)
        {
            return ScoreSystem(c.FirstToken) is { } system ? (ConstraintKind.Score, system.Text, start) : (ConstraintKind.Score, "score", start);
        }

        var known = FieldFinder.Known(tokens, c.FirstToken, floor);
        var isAge = c.Hint.HasFlag(OperatorHint.Age) || c.AgeAfter || known?.Field.Kind == ConstraintKind.Age;
        var unitClass = c.Unit?.Class;
        if (unitClass is UnitClass.Time)
        {
            var subjects = c.Unit?.Time == TimeUnit.Year && !c.Hint.HasFlag(OperatorHint.Window) && FieldFinder.OnlySubjectsBefore(tokens, c.FirstToken, floor);
            return isAge || subjects
                ? (ConstraintKind.Age, "age", KnownStart(known, start, ConstraintKind.Age))
                : Phrase(ConstraintKind.TimeWindow, c, floor, "time");
        }

        if (unitClass is null && isAge)
        {
            return (ConstraintKind.Age, "age", KnownStart(known, start, ConstraintKind.Age));
        }

        if (known is { } k && k.Field.Kind != ConstraintKind.Age && unitClass is not UnitClass.Gestation)
        {
            return (k.Field.Kind, Suffixed(k.Field.Field, k.Start), tokens[k.Start].Start);
        }

        if (c.Unit is { } staged && staged.FirstToken == c.FirstToken)
        {
            // "Tanner stage 2-3", "grade 1-2": the stage or grade written before the range names the score.
            var stage = tokens[staged.FirstToken].Text.ToLowerInvariant();
            return FieldFinder.Phrase(tokens, criterion.Text, c.FirstToken, floor) is { } named
                ? (ConstraintKind.Score, $"{named.Text} {stage}", tokens[named.Start].Start)
                : (ConstraintKind.Score, stage, start);
        }

        if (unitClass is UnitClass.Dose && FieldFinder.PhraseAfter(tokens, criterion.Text, c.EndToken) is { } drug)
        {
            return (ConstraintKind.Medication, drug.Text, start);
        }

        if (unitClass is null && FieldFinder.Phrase(tokens, criterion.Text, c.FirstToken, floor) is { } scale && IsScale(scale.Text))
        {
            return (ConstraintKind.Score, scale.Text, tokens[scale.Start].Start);
        }

        if (unitClass is null && c.Values.Count > 0 && c.Values.All(v => decimal.Truncate(v) == v) && c.Operator != ComparisonOperator.Between)
        {
            if (FieldFinder.PhraseAfter(tokens, criterion.Text, c.EndToken) is { } counted)
            {
                return (ConstraintKind.Count, counted.Text, start);
            }
        }

        // "More than 14 drinks per week": with nothing before it, a rate is of what it counts.
        var fallback = c.Unit is { Class: UnitClass.PerTime } rate ? tokens[rate.FirstToken].Text.ToLowerInvariant() : "value";
        return Phrase(unitClass is UnitClass.Dose ? ConstraintKind.Medication : ConstraintKind.Measurement, c, floor, fallback);
    }

    /// <summary>"Bishop score", "pain scale", "Tanner stage": a phrase that names a score by its last word.</summary>
    private static bool IsScale(string phrase)
    {
        var last = phrase[(phrase.LastIndexOf(' ') + 1)..];
        return ScoreSystemWords.Any(w => last.Equals(w, StringComparison.OrdinalIgnoreCase))
            || last.Equals("grade", StringComparison.OrdinalIgnoreCase) || last.Equals("stage", StringComparison.OrdinalIgnoreCase);
    }

    private (ConstraintKind, string, int) Phrase(ConstraintKind kind, Comparison c, int floor, string fallback)
    {
        var tokens = criterion.Tokens;
        return FieldFinder.Phrase(tokens, criterion.Text, c.FirstToken, floor) is { } phrase
            ? (kind, phrase.Text, tokens[phrase.Start].Start)
            : (kind, fallback, tokens[c.FirstToken].Start);
    }

    private int KnownStart(((string Field, ConstraintKind Kind) Field, int Start)? known, int start, ConstraintKind kind) =>
        known is { } k && k.Field.Kind == kind ? criterion.Tokens[k.Start].Start : start;

    /// <summary>"PT prolongation": a field followed by a word of change names the change, not the field.</summary>
    private string Suffixed(string field, int fieldStart)
    {
        var tokens = criterion.Tokens;
        FieldWords.Table.TryMatch(tokens, fieldStart, out _, out var length);
        var next = fieldStart + length;
        return next < tokens.Count && FieldSuffixes.Contains(tokens[next].Text) ? $"{field} {tokens[next].Text.ToLowerInvariant()}" : field;
    }

    /// <summary>The scoring system a class range belongs to: the words up to "Scoring System", "score" or "scale" before it.</summary>
    private (string Text, int Start)? ScoreSystem(int first)
    {
        var tokens = criterion.Tokens;
        for (var i = first - 1; i >= Math.Max(0, first - 24); i--)
        {
            if (tokens[i].IsWord && ScoreSystemWords.Any(tokens[i].Is))
            {
                var end = i + 1 < tokens.Count && tokens[i + 1].IsWord && ScoreSystemWords.Any(tokens[i + 1].Is) ? i + 2 : i + 1;
                var start = i;
                while (start > 0 && end - start < 5 && tokens[start - 1].IsWord && !tokens[start - 1].Is("per") && !tokens[start - 1].Is("the"))
                {
                    start--;
                }

                return (criterion.Text[tokens[start].Start..tokens[end - 1].End], start);
            }
        }

        return null;
    }

    private static IReadOnlyList<NormalizedTime> Times(Comparison c, string? unit)
    {
        if (unit is null || TimeUnits.Parse(unit) is not { } time || c.ImpliedValue && c.Values.Count == 0)
        {
            return [];
        }

        return [.. c.Values.Where(v => v >= 0).Select(v => new NormalizedTime(v, time))];
    }
}
