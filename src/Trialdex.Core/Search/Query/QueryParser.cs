namespace Trialdex.Core.Search.Query;

/// <summary>
/// Parses what people type into ClinicalTrials.gov (its query.cond, query.term, query.intr… parameters and its
/// "Essie" search expressions) into a <see cref="QueryNode"/> tree that any store can run.
/// </summary>
public static class QueryParser
{
    /// <summary>
    /// Parses a search expression. Never throws: a query that cannot be read comes back as a <see cref="QuerySyntaxError"/>
    /// saying what is wrong and where; text with nothing to search for (null, blank, only punctuation) comes back with
    /// neither, meaning "match every study".
    /// </summary>
    public static QueryParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new QueryParseResult(null, null);
        }

        try
        {
            return new QueryParseResult(QueryReader.Read(text), null);
        }
        catch (QuerySyntaxException e)
        {
            return new QueryParseResult(null, e.Error);
        }
    }

    /// <summary>
    /// The words and phrases a matching study contains, in query order: every term and phrase not negated (under an odd
    /// number of NOTs). For highlighting matches, and for comparing against a bare full-text MATCH.
    /// </summary>
    public static IReadOnlyList<TextNode> Words(QueryNode? node)
    {
        var words = new List<TextNode>();
        var pending = new Stack<(QueryNode Node, bool Negated)>();
        if (node is not null)
        {
            pending.Push((node, false));
        }

        while (pending.TryPop(out var item))
        {
            if (item.Node is TextNode text)
            {
                if (!item.Negated)
                {
                    words.Add(text);
                }

                continue;
            }

            var operands = QueryNodes.Operands(item.Node);
            for (var i = operands.Count - 1; i >= 0; i--)
            {
                pending.Push((operands[i], item.Negated ^ (item.Node is NotNode)));
            }
        }

        return words;
    }
}
