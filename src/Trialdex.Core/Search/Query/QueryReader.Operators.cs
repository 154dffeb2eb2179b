namespace Trialdex.Core.Search.Query;

/// <summary>The bracketed operators: their arguments are checked here, their operands read by the grammar.</summary>
internal sealed partial class QueryReader
{
    private QueryNode ReadOperator()
    {
        var token = Peek();
        return token.Name switch
        {
            "AREA" => ReadArea(token),
            "SEARCH" => ReadSearch(token),
            "EXPANSION" => ReadModifier(token, ModifierKind.Expansion, ModifierNode.ExpansionValues),
            "COVERAGE" => ReadModifier(token, ModifierKind.Coverage, ModifierNode.CoverageValues),
            "RANGE" => ReadRange(token),
            _ => throw Fail(token.Span, $"the {token.Name} operator at position {token.Span.Start} is not supported; remove it"),
        };
    }

    private QueryNode ReadArea(QueryToken area)
    {
        var field = ReadName(area, "field name");
        Take();
        var outer = _area;
        _area = field;
        var operand = ReadOperandOf(area);
        _area = outer;
        var span = TextSpan.FromBounds(area.Span.Start, _lastEnd);
        return operand switch
        {
            RangeNode range when range.Field == field => range with { Span = span },
            MissingNode missing when missing.Field == field => missing with { Span = span },
            _ => new AreaNode(field, operand, span),
        };
    }

    private SearchNode ReadSearch(QueryToken search)
    {
        var scope = ReadName(search, "search scope");
        Take();
        var operand = ReadOperandOf(search);
        return new SearchNode(scope, operand) { Span = TextSpan.FromBounds(search.Span.Start, _lastEnd) };
    }

    private ModifierNode ReadModifier(QueryToken modifier, ModifierKind kind, IReadOnlyList<string> values)
    {
        var (text, position) = Argument(modifier);
        var expected = string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];
        if (text.Length == 0)
        {
            throw Fail(modifier.Span, $"'{Show(modifier)}' at position {modifier.Span.Start} needs a value between the brackets; expected {expected}");
        }

        var value = values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase))
            ?? throw Fail(new TextSpan(position, text.Length), $"unknown {modifier.Name} value '{Clip(text)}' at position {position}; expected {expected}");
        Take();
        var operand = ReadOperandOf(modifier);
        return new ModifierNode(kind, value, operand) { Span = TextSpan.FromBounds(modifier.Span.Start, _lastEnd) };
    }

    private RangeNode ReadRange(QueryToken range)
    {
        if (_area is null)
        {
            throw Fail(range.Span, $"'{Show(range)}' at position {range.Span.Start} needs a field: write AREA[Field]RANGE[min, max]");
        }

        var comma = range.Text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || range.Text.IndexOf(',', comma + 1) >= 0)
        {
            throw Fail(range.Span, $"'{Show(range)}' at position {range.Span.Start} needs two bounds separated by one comma, e.g. RANGE[18 years, MAX]");
        }

        var min = ReadBound(range, range.Text[..comma], range.TextStart, "lower", "MIN");
        var max = ReadBound(range, range.Text[(comma + 1)..], range.TextStart + comma + 1, "upper", "MAX");
        if (RangeBounds.IsEmpty(min, max))
        {
            throw Fail(range.Span, $"'{Show(range)}' at position {range.Span.Start} is an empty range: '{min.Text}' is above '{max.Text}'");
        }

        Take();
        return new RangeNode(_area, min, max, range.Span);
    }

    private RangeBound ReadBound(QueryToken range, string part, int partStart, string which, string open)
    {
        var text = part.Trim();
        var position = partStart + part.IndexOf(text, StringComparison.Ordinal);
        if (text.Length == 0)
        {
            throw Fail(range.Span, $"'{Show(range)}' at position {range.Span.Start} is missing its {which} bound; write {open} for none");
        }

        return RangeBounds.Parse(text) ?? throw Fail(new TextSpan(position, text.Length),
            $"'{Clip(text)}' at position {position} is not a range bound; expected MIN, MAX, a date (2024-01-31), a number or an age (18 years)");
    }

    // The field of AREA[…] or the scope of SEARCH[…]: letters, digits, '.' and '_', starting with a letter.
    private string ReadName(QueryToken token, string what)
    {
        var (name, position) = Argument(token);
        if (name.Length == 0)
        {
            throw Fail(token.Span, $"'{Show(token)}' at position {token.Span.Start} needs a {what} between the brackets");
        }

        if (!char.IsAsciiLetter(name[0]) || name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_')))
        {
            throw Fail(new TextSpan(position, name.Length),
                $"'{Clip(name)}' at position {position} is not a {what}; use letters, digits, '.' or '_', starting with a letter");
        }

        return name;
    }

    // The text between the brackets without surrounding spaces, and where it starts.
    private static (string Text, int Position) Argument(QueryToken token)
    {
        var text = token.Text.Trim();
        return (text, token.TextStart + (text.Length == 0 ? 0 : token.Text.IndexOf(text, StringComparison.Ordinal)));
    }
}
