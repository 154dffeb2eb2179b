using System.Text;

namespace Trialdex.Core.Studies;

/// <summary>The default display text of an API value: SNAKE_CASE words in Title Case, digits set apart ("EARLY_PHASE1" → "Early Phase 1").</summary>
internal static class ApiValueText
{
    public static string ToDisplay(string apiValue)
    {
        var text = new StringBuilder(apiValue.Length + 4);
        var startOfWord = true;
        for (var i = 0; i < apiValue.Length; i++)
        {
            var c = apiValue[i];
            if (c == '_')
            {
                text.Append(' ');
                startOfWord = true;
                continue;
            }

            if (i > 0 && char.IsAsciiDigit(c) && char.IsAsciiLetter(apiValue[i - 1]))
            {
                text.Append(' ');
            }

            text.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfWord = false;
        }

        return text.ToString();
    }
}
