using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>
/// The Leaf corpus's comparisons with a value: each Eq-Comparison event with its Value, Operator (the
/// Eq-Operator-Value attribute), Unit and Per, or Eq-Temporal-Unit (its attribute) parts, marked as an age when an
/// Age event's Numeric-Filter points at it. A comparison without an operator is "EQ", and also accepts "≤" when it
/// has a temporal period ("last 6 months", "past 3 months"), which the corpus writes as a period, not an operator.
/// </summary>
internal static class GoldComparisons
{
    public static List<ScoredComparison> Read(BratDocument document, string text)
    {
        var ages = document.Events.Where(e => e.Type == "Age").SelectMany(e => e.Arguments.Select(a => a.Target)).ToHashSet(StringComparer.Ordinal);
        var result = new List<ScoredComparison>();
        foreach (var comparison in document.Events.Where(e => e.Type == "Eq-Comparison"))
        {
            if (!document.Entities.TryGetValue(comparison.Trigger, out var trigger))
            {
                continue;
            }

            var parts = comparison.Arguments
                .Select(a => (a.Role, Entity: document.Entities.GetValueOrDefault(a.Target)))
                .Where(a => a.Entity is not null)
                .Select(a => (a.Role, Entity: a.Entity!))
                .OrderBy(a => a.Entity.Start)
                .ToList();
            var values = parts.Where(p => p.Role == "Value").Select(p => ParseValue(p.Entity.Text)).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var op = parts.Where(p => p.Role == "Operator").Select(p => document.Attribute(p.Entity.Id, "Eq-Operator-Value")).FirstOrDefault(o => o is not null);
            var period = parts.Any(p => p.Role == "Temporal-Period");
            result.Add(new ScoredComparison(
                trigger.Start,
                trigger.End,
                op ?? "EQ",
                [.. values.Where(v => v is not null).Select(v => v!.Value).Distinct().Order()],
                Unit(document, parts, text),
                values.All(v => v is not null),
                ages.Contains(comparison.Id),
                op is null && period,
                Slice(text, trigger.Start, trigger.End)));
        }

        return result;
    }

    /// <summary>"1,500", "+1.5", "-3", "one"; null for anything else ("III", "moderate", "1 January 2014", "20/40").</summary>
    public static decimal? ParseValue(string text)
    {
        var value = text.Trim();
        var sign = value.StartsWith('-') || value.StartsWith('−') ? -1 : 1;
        value = value.TrimStart('+', '-', '−');
        if (value.Length == 0)
        {
            return null;
        }

        var number = char.IsAsciiDigit(value[0]) && value.All(c => char.IsAsciiDigit(c) || c is '.' or ',') ? Numbers.Parse(value) : Numbers.ParseWord(value);
        return number * sign;
    }

    /// <summary>
    /// A temporal unit alone is its attribute ("year"); otherwise the unit is the document's text from the first to
    /// the last unit part, so that "g/dL" reads the same whether the corpus split it as Unit and Per or not.
    /// </summary>
    private static string? Unit(BratDocument document, List<(string Role, BratEntity Entity)> parts, string text)
    {
        var units = parts.Where(p => p.Role is "Unit" or "Temporal-Unit" or "Per").ToList();
        if (units.Count == 0)
        {
            return null;
        }

        if (units.All(u => u.Role == "Temporal-Unit") && document.Attribute(units[0].Entity.Id, "Eq-Temporal-Unit-Value") is { } time)
        {
            return UnitKeys.Time(time);
        }

        return UnitKeys.Key(Slice(text, units.Min(u => u.Entity.Start), units.Max(u => u.Entity.End)));
    }

    public static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : string.Empty;
}
