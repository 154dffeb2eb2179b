namespace Trialdex.Core.Search.Query;

/// <summary>Why a query could not be parsed, in words a user can act on, and where.</summary>
/// <param name="Message">What is wrong and where, e.g. "missing ')' to close the '(' at position 7".</param>
/// <param name="Position">The 0-based index of the first character at fault; always inside the query.</param>
/// <param name="Length">How many characters are at fault (at least 1).</param>
public sealed record QuerySyntaxError(string Message, int Position, int Length);
