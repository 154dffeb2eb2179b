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
            var children = item.Node switch
            {
                TextNode text => Keep(words, text, item.Negated),
                AndNode and => and.Children,
                OrNode or => or.Children,
                NotNode not => [not.Operand],
                AreaNode area => [area.Operand],
                SearchNode search => [search.Operand],
                ModifierNode modifier => [modifier.Operand],
                _ => [],
            };
            var negated = item.Negated ^ item.Node is NotNode;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], negated));
            }
        }

        return words;
    }

    private static IReadOnlyList<QueryNode> Keep(List<TextNode> words, TextNode text, bool negated)
    {
        if (!negated)
        {
            words.Add(text);
        }

        return [];
    }
}
