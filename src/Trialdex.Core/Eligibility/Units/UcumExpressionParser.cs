using System.Globalization;

namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// Reads a UCUM expression ("mg/dL", "10*9/L", "mL/min/{1.73_m2}", "/mm3", "kg.m-2") into its size and dimension,
/// using the atoms and prefixes of the definitions file: components joined by "." and "/", each a prefixed atom with
/// an optional integer exponent, a number, an annotation in braces, or a parenthesised term.
/// </summary>
internal sealed class UcumExpressionParser(IReadOnlyDictionary<string, UcumUnit> units, IReadOnlyDictionary<string, double> prefixes)
{
    private const int MaxLength = 80;
    private const int MaxDepth = 4;

    public UcumTerm? Parse(string expression) =>
        expression.Length is > 0 and <= MaxLength ? Term(expression, 0) : null;

    private UcumTerm? Term(string text, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var result = UcumTerm.One;
        var sign = 1;
        var start = 0;
        if (text.StartsWith('/'))
        {
            sign = -1;
            start = 1;
        }

        while (start < text.Length)
        {
            var end = ComponentEnd(text, start);
            if (end == start || Component(text[start..end], depth) is not { } component)
            {
                return null;
            }

            result = result.Times(component, sign);
            if (end == text.Length)
            {
                return result;
            }

            sign = text[end] == '/' ? -1 : 1;
            start = end + 1;
        }

        return null;
    }

    private UcumTerm? Component(string text, int depth)
    {
        if (text[0] == '{')
        {
            return text[^1] == '}' ? UcumTerm.One : null;
        }

        if (text[0] == '(')
        {
            var close = text.LastIndexOf(')');
            var exponent = close > 0 ? Exponent(text[(close + 1)..]) : null;
            return exponent is { } e && Term(text[1..close], depth + 1) is { } inner ? inner.Power(e) : null;
        }

        var brace = text.IndexOf('{', StringComparison.Ordinal);
        var core = brace > 0 ? text[..brace] : text;
        if (Atom(core) is { } whole)
        {
            return whole;
        }

        if (double.TryParse(core, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return UcumTerm.One with { Magnitude = number };
        }

        var digits = core.Length;
        while (digits > 0 && (char.IsAsciiDigit(core[digits - 1]) || (digits < core.Length && core[digits - 1] is '-' or '+')))
        {
            digits--;
        }

        return digits > 0 && digits < core.Length && Exponent(core[digits..]) is { } power && Atom(core[..digits]) is { } atom
            ? atom.Power(power)
            : null;
    }

    private UcumTerm? Atom(string code)
    {
        if (Lookup(code) is { } unit)
        {
            return unit;
        }

        foreach (var (prefix, factor) in prefixes)
        {
            if (code.Length > prefix.Length && code.StartsWith(prefix, StringComparison.Ordinal)
                && units.GetValueOrDefault(code[prefix.Length..]) is { IsMetric: true } metric)
            {
                return new UcumTerm(factor * metric.Magnitude, metric.Dimension, metric.IsArbitrary, metric.IsSpecial);
            }
        }

        return null;
    }

    private UcumTerm? Lookup(string code) =>
        units.GetValueOrDefault(code) is { } unit ? new(unit.Magnitude, unit.Dimension, unit.IsArbitrary, unit.IsSpecial) : null;

    private static int? Exponent(string text) =>
        text.Length == 0 ? 1
        : text.Length <= 3 && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e) ? e
        : null;

    /// <summary>The end of the component at <paramref name="start"/>: the next "." or "/" outside brackets.</summary>
    private static int ComponentEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '.' or '/' when depth == 0 && !(text[i] == '.' && i > start && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])):
                    return i;
            }
        }

        return text.Length;
    }
}
