using System.Text;

namespace Trialdex.Storage.Sqlite;

/// <summary>
/// Builds FTS5 MATCH expressions from user text. Every word becomes a double-quoted string, so FTS5 operators,
/// column filters, quotes and SQL metacharacters in the input are only ever searched for, never interpreted.
/// </summary>
internal static class FtsQuery
{
    /// <summary>All words of <paramref name="text"/> (letters and digits), each quoted, ANDed; null when there are none.</summary>
    public static string? AllWords(string text)
    {
        var words = Words(text).Select(Quote).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    public static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
