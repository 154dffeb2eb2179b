using System.Text.RegularExpressions;

namespace Trialdex.Core.Vocabulary;

/// <summary>The shape of a MeSH tree number: a letter, two digits, then dot-separated groups of three digits ("C13.351.500").</summary>
internal static partial class MeshTreeNumber
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^[A-Z][0-9]{2}(\.[0-9]{3})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
