namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Strings in Unicode code point order, which is the byte order of their UTF-8 and so SQLite's BINARY collation;
/// ordinal UTF-16 order differs from it when a surrogate pair meets a character from U+E000 to U+FFFF.
/// </summary>
internal sealed class CodePointOrder : IComparer<string>
{
    public static readonly CodePointOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var (a, b) = (x.EnumerateRunes(), y.EnumerateRunes());
        while (true)
        {
            var (moreA, moreB) = (a.MoveNext(), b.MoveNext());
            if (!moreA || !moreB)
            {
                return moreA ? 1 : moreB ? -1 : 0;
            }

            var order = a.Current.Value.CompareTo(b.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }
}
