namespace Trialdex.Core.Search;

/// <summary>A search that cannot run as asked (an unknown field in AREA[…], RANGE on a text field, …), naming the parameter.</summary>
public sealed class SearchException : Exception
{
    public SearchException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    public string Parameter { get; }
}
