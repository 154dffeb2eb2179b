using Trialdex.Core.Search;
using Trialdex.Core.Search.Query;
using Trialdex.Core.Store;
using Trialdex.Storage.Sqlite.Search.Text;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Turns the text parts of a parsed query into FTS5 MATCH expressions. Every word and phrase is emitted as a
/// double-quoted FTS5 string with a column filter, so operators, column names and quotes in user text are only
/// ever searched for.
/// </summary>
internal static class FtsExpression
{
    /// <summary>True when the whole subtree can be one MATCH: words, phrases, text AREAs, AND with at least one positive, OR of positives.</summary>
    public static bool IsText(QueryNode node) => node switch
    {
        TextNode => true,
        AreaNode area => SearchFields.Find(area.Field) is { Kind: SearchFieldKind.Text } && IsText(area.Operand),
        ModifierNode modifier => (modifier.Kind == ModifierKind.Expansion || modifier.Value.Equals("Contains", StringComparison.OrdinalIgnoreCase)) && IsText(modifier.Operand),
        OrNode or => or.Children.All(c => c is not NotNode && IsText(c)),
        AndNode and => and.Children.Any(c => c is not NotNode) && and.Children.All(c => c is NotNode not ? IsText(not.Operand) : IsText(c)),
        _ => false,
    };

    /// <summary>The text query of a subtree for which <see cref="IsText"/> holds, searching <paramref name="fields"/> (its MATCH expression is <see cref="TextQuery.ToMatch"/>).</summary>
    public static TextQuery Build(QueryNode node, IReadOnlyDictionary<TextField, double> fields) => node switch
    {
        TermNode term => new PhraseQuery(term.Text, [.. fields.Keys]),
        PhraseNode phrase => new PhraseQuery(string.Join(' ', phrase.Words), [.. fields.Keys]),
        AreaNode area => Build(area.Operand, SearchFields.Find(area.Field)!.TextFields),
        ModifierNode modifier => Build(Apply(modifier), fields),
        OrNode or => new OrQuery([.. or.Children.Select(c => Build(c, fields))]),
        AndNode and => new AndQuery([.. and.Children.Where(c => c is not NotNode).Select(c => Build(c, fields))],
            [.. and.Children.OfType<NotNode>().Select(n => Build(n.Operand, fields))]),
        _ => throw new InvalidOperationException("not a text query: " + node),
    };

    /// <summary>The positive words and phrases of a subtree with the fields each is searched in (for ranking).</summary>
    public static IEnumerable<(TextNode Text, IReadOnlyDictionary<TextField, double> Fields)> PositiveTexts(QueryNode node, IReadOnlyDictionary<TextField, double> fields) => node switch
    {
        TextNode text => [(text, fields)],
        AreaNode area when SearchFields.Find(area.Field) is { Kind: SearchFieldKind.Text } field => PositiveTexts(area.Operand, field.TextFields),
        ModifierNode modifier => PositiveTexts(Apply(modifier), fields),
        AndNode and => and.Children.SelectMany(c => PositiveTexts(c, fields)),
        OrNode or => or.Children.SelectMany(c => PositiveTexts(c, fields)),
        SearchNode search => PositiveTexts(search.Operand, fields),
        _ => [],
    };

    /// <summary>
    /// The operand of EXPANSION[…] or COVERAGE[…] as it is searched: EXPANSION[Lossy] lets some words be missing (an
    /// AND of words becomes an OR); None, Term, Concept and Relaxation search the words as written (their effect is
    /// on MeSH expansion, <see cref="ExpandsSynonyms"/>). COVERAGE other than Contains is refused: the full-text
    /// index matches words anywhere in a field, so it cannot tell a whole-field or starts-with match.
    /// </summary>
    public static QueryNode Apply(ModifierNode modifier, string parameter = "query")
    {
        if (modifier.Kind == ModifierKind.Coverage && !modifier.Value.Equals("Contains", StringComparison.OrdinalIgnoreCase))
        {
            throw new SearchException(parameter,
                $"COVERAGE[{modifier.Value}] is not supported by this server: its full-text index matches words anywhere in a field; use COVERAGE[Contains] or quotes for a phrase");
        }

        return modifier.Kind == ModifierKind.Expansion && modifier.Value.Equals("Lossy", StringComparison.OrdinalIgnoreCase) ? Loosen(modifier.Operand) : modifier.Operand;
    }

    /// <summary>False when the query asks for no synonym expansion: EXPANSION[None] or EXPANSION[Term] around it all.</summary>
    public static bool ExpandsSynonyms(QueryNode node) =>
        node is not ModifierNode { Kind: ModifierKind.Expansion } modifier
        || !(modifier.Value.Equals("None", StringComparison.OrdinalIgnoreCase) || modifier.Value.Equals("Term", StringComparison.OrdinalIgnoreCase));

    private static QueryNode Loosen(QueryNode node) => node switch
    {
        AndNode words when words.Children.All(c => c is TextNode) => new OrNode(words.Children),
        AndNode all => new AndNode([.. all.Children.Select(Loosen)]),
        OrNode any => new OrNode([.. any.Children.Select(Loosen)]),
        _ => node,
    };

    public static string Columns(IEnumerable<TextField> fields) => "{" + string.Join(' ', fields.Select(FtsColumns.Name)) + "} : ";

    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
