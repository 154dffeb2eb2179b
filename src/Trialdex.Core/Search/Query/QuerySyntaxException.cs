namespace Trialdex.Core.Search.Query;

/// <summary>Unwinds <see cref="QueryReader"/> at the first syntax error; <see cref="QueryParser.Parse"/> turns it into a result.</summary>
internal sealed class QuerySyntaxException(QuerySyntaxError error) : Exception(error.Message)
{
    public QuerySyntaxError Error { get; } = error;
}
