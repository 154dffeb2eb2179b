using System.Globalization;
using Trialdex.Core.Search.Query;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// The ranking side of a search: every positive word and phrase OR'ed in the columns its area searches, scored by
/// FTS5's BM25 with each column weighted by the highest weight any area gives it.
/// </summary>
internal sealed class RankExpression
{
    private readonly List<string> _terms = [];
    private readonly double[] _weights = new double[StudyText.Fields.Count];

    public bool IsEmpty => _terms.Count == 0;

    public void Add(QueryNode node, IReadOnlyDictionary<TextField, double> fields)
    {
        foreach (var (text, textFields) in FtsExpression.PositiveTexts(node, fields))
        {
            _terms.Add(FtsExpression.Columns(textFields.Keys) + FtsExpression.Quote(string.Join(' ', text.Words)));
            Weigh(textFields);
        }
    }

    public void AddExpression(string match, IReadOnlyDictionary<TextField, double> fields)
    {
        _terms.Add("(" + match + ")");
        Weigh(fields);
    }

    public string Match() => string.Join(" OR ", _terms);

    public string Weights() => string.Join(", ", _weights.Select(w => w.ToString("0.###", CultureInfo.InvariantCulture)));

    private void Weigh(IReadOnlyDictionary<TextField, double> fields)
    {
        foreach (var (field, weight) in fields)
        {
            _weights[(int)field] = Math.Max(_weights[(int)field], weight);
        }
    }
}
