namespace Trialdex.Core.Geo;

/// <summary>
/// The key of a first-level division's name, without the generic words records add or leave out:
/// "Beijing Municipality", "Beijing Shi" and "Beijing" → "beijing"; "State of Berlin" → "berlin".
/// </summary>
internal static class AdminKey
{
    private static readonly string[] LeadingWords = ["state of ", "province of ", "region of ", "provincia de ", "provincia di "];

    private static readonly string[] TrailingWords =
        [" municipality", " province", " state", " region", " prefecture", " oblast", " governorate", " shi", " sheng"];

    public static string Of(string text)
    {
        var key = PlaceKey.Of(text);
        foreach (var word in LeadingWords)
        {
            if (key.Length > word.Length && key.StartsWith(word, StringComparison.Ordinal))
            {
                key = key[word.Length..];
                break;
            }
        }

        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var word in TrailingWords)
            {
                if (key.Length > word.Length && key.EndsWith(word, StringComparison.Ordinal))
                {
                    key = key[..^word.Length];
                    trimmed = true;
                }
            }
        }

        return key;
    }
}
