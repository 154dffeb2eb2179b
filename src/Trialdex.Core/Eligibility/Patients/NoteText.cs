using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// A note split into words and clauses. A clause ends at a sentence end (".", "!" or "?" before a space, except after
/// a title or an initial), a semicolon, a line break, or before a word such as "but", "however", "presents" or
/// "revealed" (a finding stated after others denied). Commas
/// and colons do not end a clause, so a negation carries over a list: "denies smoking, diabetes or hypertension".
/// </summary>
internal sealed class NoteText
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "st", "vs", "approx", "eg", "ie", "etc", "pt", "hx", "yo", "yrs", "yr",
    };

    private static readonly HashSet<string> ClauseStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "however", "although", "though", "except", "yet", "whereas", "which", "who", "presents", "presented",
        "presenting", "complains", "complaining", "reports", "reported", "admitted", "comes", "came",

        // Findings stated after others denied: "negative for hepatocellular carcinoma and was only remarkable for
        // chronic hepatitis", "no fracture, CT showed a hematoma". Not "positive": "no positive history of drug allergy".
        "remarkable", "revealed", "reveals", "showed", "shows", "demonstrated", "demonstrates",
    };

    public NoteText(string text)
    {
        Text = text;
        Words = Split(text);
    }

    public string Text { get; }

    public IReadOnlyList<NoteWord> Words { get; }

    /// <summary>True when word <paramref name="index"/> opens a clause by its meaning ("presents", "who", "but", "revealed"), not by punctuation.</summary>
    public bool IsClauseStarter(int index) => ClauseStarters.Contains(Text.Substring(Words[index].Start, Words[index].Length));

    /// <summary>True when words <paramref name="first"/> to <paramref name="last"/> can form one term: same clause, only spaces, hyphens, slashes or apostrophes between them.</summary>
    public bool IsPhrase(int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (Words[i].Clause != Words[first].Clause || !IsJoiner(Words[i - 1].End, Words[i].Start))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of words <paramref name="first"/> to <paramref name="last"/>, as written.</summary>
    public string Slice(int first, int last) => Text[Words[first].Start..Words[last].End];

    /// <summary>The lookup key of <paramref name="length"/> words from <paramref name="first"/>: their keys joined by spaces.</summary>
    public string Key(int first, int length) =>
        length == 1 ? Words[first].Key : string.Join(' ', Words.Skip(first).Take(length).Select(w => w.Key));

    public TextSpan Span(int first, int last) => new(Words[first].Start, Words[last].End - Words[first].Start);

    /// <summary>All capitals (digits and hyphens allowed), as "HTN", "T2DM", "COVID": a term compared with case.</summary>
    public static bool IsAcronym(string term) =>
        term.Any(char.IsLetter) && !term.Any(char.IsLower) && term.All(c => char.IsLetterOrDigit(c) || c == '-');

    private bool IsJoiner(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Text[i] is not (' ' or '\t' or '-' or '/' or '\'' or '\u2019' or '\u2010' or '\u2011'))
            {
                return false;
            }
        }

        return to - from <= 3;
    }

    private static List<NoteWord> Split(string text)
    {
        var words = new List<NoteWord>();
        var clause = 0;
        var sentence = 0;
        var previousEnd = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text[start..i];
            var previous = words.Count > 0 ? text.Substring(words[^1].Start, words[^1].Length) : null;
            if (words.Count > 0 && (EndsClause(text, previousEnd, start, previous!) || ClauseStarters.Contains(word)))
            {
                clause++;
            }

            if (words.Count > 0 && EndsSentence(text, previousEnd, start, previous!))
            {
                sentence++;
            }

            var bracket = text.AsSpan(previousEnd, start - previousEnd).Contains(')');
            words.Add(new NoteWord(start, i - start, MeshVocabulary.Normalize(word), clause, bracket, sentence));
            previousEnd = i;
        }

        return words;
    }

    private static bool EndsClause(string text, int from, int to, string previousWord)
    {
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case ';' or '\n' or '\r' or '!' or '?':
                    return true;
                case '.' when IsFullStop(text, i, to, previousWord):
                    return true;
            }
        }

        return false;
    }

    /// <summary>A "." at <paramref name="i"/> that ends a sentence: a space follows, and it closes no title, initial or abbreviation ("Dr.", "J.", "yrs.").</summary>
    private static bool IsFullStop(string text, int i, int to, string previousWord) =>
        i + 1 < to && char.IsWhiteSpace(text[i + 1]) && previousWord.Length > 1 && !Abbreviations.Contains(previousWord);

    /// <summary>
    /// A sentence end between two words: a full stop (<see cref="IsFullStop"/>), "!", "?", or a line break
    /// except after a colon ("PMH:") or before a list item ("- HTN", "* DM", "2) CAD").
    /// </summary>
    private static bool EndsSentence(string text, int from, int to, string previousWord)
    {
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '!' or '?':
                    return true;
                case '.' when IsFullStop(text, i, to, previousWord):
                    return true;
                case '\n' when !text.AsSpan(from, i - from).Trim().EndsWith(":") && !IsListItem(text, i + 1, to):
                    return true;
            }
        }

        return false;
    }

    /// <summary>True when a line opens a list item before its first word at <paramref name="word"/>: "-", "*", "•", or the word is a number with ")" or ".".</summary>
    private static bool IsListItem(string text, int line, int word)
    {
        if (text.AsSpan(line, word - line).Trim() is ['-' or '*' or '\u2022', ..])
        {
            return true;
        }

        var end = word;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > word && end < text.Length && text[end] is ')' or '.';
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
