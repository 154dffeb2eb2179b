using System.Text;

namespace Trialdex.Core.Tests.Search.Query;

/// <summary>Random query text: token soup (mostly errors), and expressions grown from the grammar with some noise (mostly valid).</summary>
internal sealed class RandomQueries(int seed)
{
    private static readonly string[] Pieces =
    [
        "AND", "OR", "NOT", "and", "or", "not", "(", ")", "\"", "\\", "[", "]", ",", ";", "*", "^", ":", "~", "{", "}",
        "-", "'", "’", ".", "/", "+", "_", "%", ">", " ", " ", " ", "  ", "\t", "\n", "\0", "\u200B",
        "heart", "attack", "covid-19", "Crohn's", "HbA1c", "5.0", "IL-6", "NOT_YET_RECRUITING", "MISSING", "ALL", "RANGE",
        "AREA[", "AREA[]", "AREA[Condition]", "AREA[ Phase ]", "AREA[Cond ition]", "AREA[1x]", "RANGE[", "RANGE[1, 2]",
        "RANGE[MIN, 18 years]", "RANGE[2020-01-01, MAX]", "RANGE[5]", "RANGE[500, 100]", "RANGE[x, y]", "RANGE[,]",
        "SEARCH[Location]", "SEARCH[]", "EXPANSION[None]", "EXPANSION[x]", "COVERAGE[FullMatch]", "COVERAGE[]",
        "TILT[StartDate]", "DISTANCE[1, 2, 3mi]", "\\MISSING", "\\AND", "\\\"", "\"a b\"", "\"\"",
        "é", "e\u0301", "München", "非小细胞", "\uD83D\uDE00", "\uD800", "\uDC00", "ǅ",
    ];

    private static readonly string[] Words = ["heart", "attack", "covid-19", "Crohn’s", "HbA1c", "5.0", "and", "MISSING", "\\OR", "AREA", "ǅx", "e\u0301"];

    private static readonly string[] Prefixes =
    [
        "NOT ", "AREA[Condition]", "AREA[StartDate]", "SEARCH[Location]", "EXPANSION[Concept]", "COVERAGE[StartsWith]", "AREA[ Phase ] ",
    ];

    private static readonly string[] Sources = ["RANGE[MIN, 18 years]", "RANGE[2020-01, 2021]", "RANGE[ 1.5 ,max]", "MISSING"];

    private readonly Random _random = new(seed);

    /// <summary>Up to 25 grammar tokens, punctuation and random characters, in any order.</summary>
    public string Soup()
    {
        var text = new StringBuilder();
        for (var count = _random.Next(0, 25); count > 0; count--)
        {
            text.Append(_random.Next(10) switch
            {
                0 => ((char)_random.Next(0x20, 0x7F)).ToString(),
                1 => ((char)_random.Next(0, 0x10000)).ToString(),
                _ => Pieces[_random.Next(Pieces.Length)],
            });
        }

        return text.ToString();
    }

    /// <summary>An expression grown from the grammar, with a one-in-eight chance of a random token in each gap.</summary>
    public string Expression() => Grow(new StringBuilder(), depth: 0).ToString();

    private StringBuilder Grow(StringBuilder text, int depth)
    {
        var choice = depth > 4 ? _random.Next(3) : _random.Next(9);
        switch (choice)
        {
            case 0 or 1:
                text.Append(Words[_random.Next(Words.Length)]);
                break;
            case 2:
                text.Append('"').Append(Words[_random.Next(Words.Length)]).Append(" x,y\"");
                break;
            case 3 or 4:
                Grow(text, depth + 1).Append(_random.Next(3) switch { 0 => " AND ", 1 => " OR ", _ => " " });
                Grow(text, depth + 1);
                break;
            case 5:
                Grow(text.Append('('), depth + 1).Append(')');
                break;
            case 6 or 7:
                Grow(text.Append(Prefixes[_random.Next(Prefixes.Length)]), depth + 1);
                break;
            default:
                text.Append(Prefixes[_random.Next(1, 3)]).Append(Sources[_random.Next(Sources.Length)]);
                break;
        }

        return _random.Next(8) == 0 ? text.Append(Pieces[_random.Next(Pieces.Length)]) : text;
    }
}
