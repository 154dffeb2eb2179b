using Trialdex.Core.Search;

namespace Trialdex.Benchmarks.Search;

/// <summary>One query of bench/queries.tsv: its kind, its API query string, the parsed request, and its words for the bare FTS5 comparison.</summary>
internal sealed record BenchQuery(string Kind, string QueryString, SearchRequest Request, IReadOnlyList<string> Words)
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT" };

    public static IReadOnlyList<BenchQuery> Load(string path)
    {
        var queries = new List<BenchQuery>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var (kind, query) = (line[..line.IndexOf('\t', StringComparison.Ordinal)], line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..]);
            var parameters = query.Split('&').Select(p => p.Split('=', 2))
                .Select(p => KeyValuePair.Create(p[0], (string?)Uri.UnescapeDataString(p[1].Replace('+', ' ')))).ToList();
            var parsed = SearchParameters.Parse(parameters);
            if (parsed.Request is null)
            {
                throw new InvalidDataException($"{path}: {query}: {string.Join("; ", parsed.Errors)}");
            }

            var words = parameters.Where(p => p.Key.StartsWith("query.", StringComparison.Ordinal))
                .SelectMany(p => PositiveWords(p.Value!)).ToList();
            queries.Add(new BenchQuery(kind, query, parsed.Request with { WithFacets = true, CountTotal = true }, words));
        }

        return queries;
    }

    /// <summary>The words of a query that a match must contain: operators and words after NOT left out.</summary>
    private static IEnumerable<string> PositiveWords(string query)
    {
        var negated = false;
        foreach (var word in query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"')))
        {
            if (word == "NOT")
            {
                negated = true;
            }
            else if (!Operators.Contains(word) && word.Length > 0)
            {
                if (!negated)
                {
                    yield return word;
                }

                negated = false;
            }
        }
    }
}
