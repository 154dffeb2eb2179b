namespace Trialdex.Core.Geo;

/// <summary>
/// The keys to look a written city up by, best first: the whole text; then without a parenthesised part
/// ("Kowloon (Hong Kong)"); without postal codes and the French CEDEX suffix ("75013 Paris Cedex 13"); only
/// what comes before a comma ("Bogota, D.C."); without trailing one- or two-letter words ("Aarhus N",
/// "Barcelona N/A"); without a trailing "City" or "District" ("Taipei City", "Linkou District"); and only
/// the part before a dash or slash ("Munchen-Gauting", "Praha 4 - Krc").
/// </summary>
internal static class CityName
{
    private static readonly string[] TrailingWords = [" city", " district"];

    public static IEnumerable<string> Keys(string text)
    {
        var whole = PlaceKey.Of(text);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var words = whole.Split(' ');
        var cedex = Array.IndexOf(words, "cedex");
        var postal = WithoutNumbers(words.Take(cedex < 0 ? words.Length : cedex));
        var dash = text.IndexOfAny(['-', '/', '\u2013']);
        string[] keys =
        [
            whole,
            open > 0 ? PlaceKey.Of(text.AsSpan(0, open)) : "",
            postal,
            comma > 0 ? PlaceKey.Of(text.AsSpan(0, comma)) : "",
            WithoutShortTail(postal),
            WithoutTrailingWord(postal),
            dash > 0 ? WithoutNumbers(PlaceKey.Of(text.AsSpan(0, dash)).Split(' ')) : "",
        ];
        return keys.Where(key => key.Length > 0).Distinct(StringComparer.Ordinal);
    }

    private static string WithoutNumbers(IEnumerable<string> words) =>
        string.Join(' ', words.Where(word => !word.Any(char.IsAsciiDigit)));

    private static string WithoutShortTail(string key)
    {
        var words = key.Split(' ');
        var kept = words.Length;
        while (kept > 1 && words[kept - 1].Length <= 2)
        {
            kept--;
        }

        return string.Join(' ', words[..kept]);
    }

    private static string WithoutTrailingWord(string key) =>
        TrailingWords.FirstOrDefault(word => key.Length > word.Length && key.EndsWith(word, StringComparison.Ordinal)) is { } word
            ? key[..^word.Length]
            : "";
}
