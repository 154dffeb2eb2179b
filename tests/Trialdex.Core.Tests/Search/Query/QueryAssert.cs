using Trialdex.Core.Search.Query;

namespace Trialdex.Core.Tests.Search.Query;

/// <summary>What must hold for every parse, whatever the input: the properties the golden and fuzz tests share.</summary>
internal static class QueryAssert
{
    /// <summary>The result as a golden line's right-hand side.</summary>
    public static string Describe(QueryParseResult result) =>
        result.Error is { } error ? $"ERROR @{error.Position}: {error.Message}" : result.Query?.ToString() ?? "MATCH ALL";

    public static void WellFormed(string input, QueryParseResult result)
    {
        Assert.False(result.Query is not null && result.Error is not null, "a result has a query or an error, not both");
        if (result.Error is { } error)
        {
            Assert.InRange(error.Position, 0, input.Length - 1);
            Assert.InRange(error.Length, 1, input.Length - error.Position);
            Assert.Contains($"position {error.Position}", error.Message, StringComparison.Ordinal);
        }

        if (result.Query is { } query)
        {
            SpansPointAtTheirText(input, query);
            var canonical = query.ToString();
            Assert.Equal(canonical, Describe(QueryParser.Parse(canonical)));
        }
    }

    // Every word's span holds the word, every phrase's span the quoted phrase, every node's span lies inside the input.
    private static void SpansPointAtTheirText(string input, QueryNode query)
    {
        foreach (var node in Descendants(query))
        {
            Assert.InRange(node.Span.Start, 0, input.Length);
            Assert.InRange(node.Span.End, node.Span.Start, input.Length);
            var text = input.Substring(node.Span.Start, node.Span.Length);
            switch (node)
            {
                case TermNode term:
                    Assert.Equal(term.Text, text);
                    break;
                case PhraseNode phrase:
                    Assert.Equal('"' + phrase.Text + '"', text);
                    break;
            }
        }
    }

    public static IEnumerable<QueryNode> Descendants(QueryNode node)
    {
        yield return node;
        foreach (var descendant in QueryNodes.Operands(node).SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}
