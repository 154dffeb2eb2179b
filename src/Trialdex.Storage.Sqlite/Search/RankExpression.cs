using System.Globalization;
using Trialdex.Core.Search.Query;
using Trialdex.Core.Store;
using Trialdex.Storage.Sqlite.Search.Text;

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
    private readonly List<TextQuery> _areas = [];
    private readonly double[] _weights = new double[StudyText.Fields.Count];
    private bool _mixed;

    public bool IsEmpty => _areas.Count == 0;

    /// <summary>
    /// Adds one area's query, with the MeSH expansion of its text when there is one. Stop words ("of", "the") are
    /// left out of the ranking: nearly every study holds them, so they add almost nothing to a BM25 score but
    /// make scoring each hit several times slower. They still count in what matches.
    /// </summary>
    public void Add(QueryNode query, IReadOnlyDictionary<TextField, double> fields, TextQuery? expansion = null)
    {
        var parts = new List<TextQuery>();
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
            parts.AddRange(FtsExpression.PositiveTexts(node, fields).Select(p => new PhraseQuery(string.Join(' ', p.Text.Words), [.. p.Fields.Keys])));
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
            _areas.Add(new OrQuery(parts));
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

    /// <summary>What ranks: the areas AND'ed (OR'ed when one mixes text with structured parts).</summary>
    public TextQuery Query => Combine(_areas, _mixed);

    /// <summary>Each column's weight, in column order.</summary>
    public IReadOnlyList<double> WeightValues => _weights;

    public string Weights() => string.Join(", ", _weights.Select(w => w.ToString("0.###", CultureInfo.InvariantCulture)));

    /// <summary>Areas combined as the ranking combines them: one alone, else all of them, or any when <paramref name="any"/>.</summary>
    public static TextQuery Combine(IReadOnlyList<TextQuery> areas, bool any = false) =>
        areas.Count == 1 ? areas[0] : any ? new OrQuery(areas) : new AndQuery(areas, []);

    private void Weigh(IReadOnlyDictionary<TextField, double> fields)
    {
        foreach (var (field, weight) in fields)
        {
            _weights[(int)field] = Math.Max(_weights[(int)field], weight);
        }
    }
}
