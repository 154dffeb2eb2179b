using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>
/// A full-text query as FTS5 evaluates it: phrases limited to columns, combined with AND, OR and AND NOT.
/// <see cref="ToMatch"/> writes the FTS5 MATCH expression that means the same, so the in-memory
/// <see cref="TextIndex"/> and FTS5 can be held to the same answer.
/// </summary>
internal abstract record TextQuery
{
    /// <summary>The FTS5 MATCH expression of this query.</summary>
    public abstract string ToMatch();
}

/// <summary>The words of <paramref name="Text"/> in sequence, in any of <paramref name="Columns"/>.</summary>
internal sealed record PhraseQuery(string Text, IReadOnlyList<TextField> Columns) : TextQuery
{
    public override string ToMatch() => FtsExpression.Columns(Columns) + FtsExpression.Quote(Text);
}

/// <summary>Every one of <paramref name="Children"/>, and none of <paramref name="Excluded"/>.</summary>
internal sealed record AndQuery(IReadOnlyList<TextQuery> Children, IReadOnlyList<TextQuery> Excluded) : TextQuery
{
    public override string ToMatch() =>
        "(" + string.Join(" AND ", Children.Select(c => c.ToMatch())) + string.Concat(Excluded.Select(e => " NOT " + e.ToMatch())) + ")";
}

/// <summary>Any of <paramref name="Children"/>.</summary>
internal sealed record OrQuery(IReadOnlyList<TextQuery> Children) : TextQuery
{
    public override string ToMatch() => "(" + string.Join(" OR ", Children.Select(c => c.ToMatch())) + ")";
}
