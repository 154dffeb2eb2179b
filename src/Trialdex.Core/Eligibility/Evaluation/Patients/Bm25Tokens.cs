namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>Lower-case word tokens without English stop words, with a light plural stemming ("tumors" → "tumor").</summary>
internal static class Bm25Tokens
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her", "his", "in", "is", "it", "its",
        "of", "on", "or", "she", "that", "the", "their", "this", "to", "was", "were", "which", "with", "who", "had", "not", "no",
        "but", "if", "into", "than", "then", "there", "these", "they", "was", "will", "we", "would", "can", "may", "been", "being",
    };

    public static IEnumerable<string> Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                var token = Stem(text[start..i].ToLowerInvariant());
                start = -1;
                if (token.Length > 1 && !StopWords.Contains(token))
                {
                    yield return token;
                }
            }
        }
    }

    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;
}
