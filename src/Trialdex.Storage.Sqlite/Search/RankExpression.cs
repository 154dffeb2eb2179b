using System.Globalization;
using Trialdex.Core.Search.Query;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// The ranking side of a search: one FTS5 expression scored by BM25 with each column weighted by the highest weight
/// any area gives it. When every area is pure text, the expression is the areas' own MATCH expressions AND'ed, so it
/// matches exactly the text hits and ranking costs no more than finding them (an OR of every word would score
/// every study containing "of"). An area mixing text with structured parts adds the OR of its positive words, and
/// then the areas are OR'ed: a superset of the hits, each hit scored.
/// </summary>
internal sealed class RankExpression
{
    private readonly List<string> _areas = [];
    private readonly double[] _weights = new double[StudyText.Fields.Count];
    private bool _mixed;

    public bool IsEmpty => _areas.Count == 0;

    /// <summary>
    /// Adds one area's query, with the MeSH expansion of its text when there is one. Stop words ("of", "the") are
    /// left out of the ranking: nearly every study holds them, so they add almost nothing to a BM25 score but
    /// make scoring each hit several times slower. They still count in what matches.
    /// </summary>
    public void Add(QueryNode query, IReadOnlyDictionary<TextField, double> fields, string? expansion = null)
    {
        var parts = new List<string>();
        var node = WithoutStopWords(query);
        if (node is null)
        {
        }
        else if (FtsExpression.IsText(node))
        {
            parts.Add(FtsExpression.Build(node, fields));
        }
        else
        {
            _mixed = true;
            parts.AddRange(FtsExpression.PositiveTexts(node, fields).Select(p => FtsExpression.Columns(p.Fields.Keys) + FtsExpression.Quote(string.Join(' ', p.Text.Words))));
        }

        foreach (var (_, textFields) in node is null ? [] : FtsExpression.PositiveTexts(node, fields))
        {
            Weigh(textFields);
        }

        if (expansion is not null)
        {
            parts.Add(expansion);
            Weigh(fields);
        }

        if (parts.Count > 0)
        {
            _areas.Add("(" + string.Join(" OR ", parts) + ")");
        }
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "the", "to", "with",
    };

    /// <summary>The query without stop-word terms in its ANDs; null when nothing is left to rank by.</summary>
    private static QueryNode? WithoutStopWords(QueryNode node)
    {
        switch (node)
        {
            case TermNode term when StopWords.Contains(term.Text):
                return null;
            case AndNode all:
                var kept = all.Children.Select(c => c is NotNode ? c : WithoutStopWords(c)).OfType<QueryNode>().ToList();
                return kept.Count == 0 || kept.All(c => c is NotNode) ? null : kept.Count == 1 ? kept[0] : new AndNode(kept);
            default:
                return node;
        }
    }

    public string Match() => string.Join(_mixed ? " OR " : " AND ", _areas);

    public string Weights() => string.Join(", ", _weights.Select(w => w.ToString("0.###", CultureInfo.InvariantCulture)));

    private void Weigh(IReadOnlyDictionary<TextField, double> fields)
    {
        foreach (var (field, weight) in fields)
        {
            _weights[(int)field] = Math.Max(_weights[(int)field], weight);
        }
    }
}
