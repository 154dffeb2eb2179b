using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Storage.Sqlite;
using Trialdex.Storage.Sqlite.Search.Text;

namespace Trialdex.Benchmarks.Search;

/// <summary>
/// <c>text-index --db PATH [--limit N] [--rounds 3]</c>: builds the in-memory <see cref="TextIndex"/> from a store's
/// studies (their stored JSON, decoded and tokenized here) and times the ranking of the broad text queries of the
/// fixed set both ways: FTS5 reading every hit with its bm25 score (what a search does today) and the text index
/// answering the same expression, top ten picked from its scores. Checks that both find the same hits and the same top ten.
/// </summary>
internal static class TextIndexLatency
{
    public static int Run(string[] args)
    {
        var db = Synthetic.SynthCommand.Option(args, "--db");
        var limit = int.Parse(Synthetic.SynthCommand.Option(args, "--limit") ?? int.MaxValue.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var rounds = int.Parse(Synthetic.SynthCommand.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        if (db is null || !File.Exists(db))
        {
            Console.Error.WriteLine("usage: text-index --db PATH [--limit N] [--rounds 3]");
            return 1;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = TextIndex.Build(Rows(connection, limit), Read, threads: Environment.ProcessorCount);
        var built = clock.Elapsed;
        var grew = GC.GetTotalMemory(forceFullCollection: true) - heap;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"text index: {index.DocumentCount:N0} studies, {index.TermCount:N0} terms, built in {built.TotalSeconds:N1} s (reading, decoding and tokenizing the stored JSON on {Environment.ProcessorCount} threads), heap grew {grew / 1048576.0:N0} MiB"));
        Console.WriteLine();
        Console.WriteLine("| query | hits | FTS5, every hit with bm25, median (ms) | text index, hits + scores + top 10, median (ms) | same hits and top 10 |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var (name, query, areas) in Queries())
        {
            var weights = Weights(areas);
            var (fts, ftsTimes) = (new List<(int Id, double Score)>(), new List<double>());
            var (top, indexTimes) = (Array.Empty<int>(), new List<double>());
            var hits = 0;
            for (var round = 0; round < rounds; round++)
            {
                clock.Restart();
                fts = Fts5Scores.Read(connection, query, weights);
                ftsTimes.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                var (ids, scores) = index.Search(query, weights);
                top = TopTen(ids, scores);
                indexTimes.Add(clock.Elapsed.TotalMilliseconds);
                hits = ids.Length;
            }

            var ftsTop = fts.OrderByDescending(h => h.Score).ThenBy(h => h.Id).Take(10).Select(h => h.Id).ToArray();
            var same = hits == fts.Count && ftsTop.SequenceEqual(top);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {hits:N0} | {Median(ftsTimes):N1} | {Median(indexTimes):N1} | {(same ? "yes" : $"NO (FTS5 {fts.Count:N0} hits)")} |"));
        }

        return 0;
    }

    private static IEnumerable<(int Id, byte[] Json)> Rows(SqliteConnection connection, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, json FROM study_documents ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (checked((int)reader.GetInt64(0)), (byte[])reader.GetValue(1));
        }
    }

    private static (int Id, StudyText Text) Read((int Id, byte[] Json) row) =>
        (row.Id, StudyText.Of(StudyJson.Parse(StoredCompression.Decompress(row.Json))));

    /// <summary>The ten best ids by score, then id (a bounded selection, as a ranked page is picked).</summary>
    private static int[] TopTen(int[] ids, double[] scores)
    {
        var best = new PriorityQueue<int, (double Score, int Id)>(Comparer<(double Score, int Id)>.Create((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Id.CompareTo(a.Id)));
        for (var i = 0; i < ids.Length; i++)
        {
            best.Enqueue(ids[i], (scores[i], ids[i]));
            if (best.Count > 10)
            {
                best.Dequeue();
            }
        }

        var top = new List<int>();
        while (best.Count > 0)
        {
            top.Add(best.Dequeue());
        }

        top.Reverse();
        return [.. top];
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double[] Weights(SearchArea[] areas)
    {
        var weights = new double[StudyText.Fields.Count];
        foreach (var (field, weight) in areas.SelectMany(SearchAreas.FieldWeights))
        {
            weights[(int)field] = Math.Max(weights[(int)field], weight);
        }

        return weights;
    }

    private static IEnumerable<(string Name, TextQuery Query, SearchArea[] Areas)> Queries()
    {
        IReadOnlyList<Core.Store.TextField> Fields(SearchArea area) => [.. SearchAreas.FieldWeights(area).Keys];
        TextQuery Words(SearchArea area, params string[] words) =>
            words.Length == 1 ? new PhraseQuery(words[0], Fields(area)) : new AndQuery([.. words.Select(w => new PhraseQuery(w, Fields(area)))], []);
        yield return ("cond: breast cancer", Words(SearchArea.Condition, "breast", "cancer"), [SearchArea.Condition]);
        yield return ("cond: lung cancer", Words(SearchArea.Condition, "lung", "cancer"), [SearchArea.Condition]);
        yield return ("cond: cancer", Words(SearchArea.Condition, "cancer"), [SearchArea.Condition]);
        yield return ("cond: diabetes", Words(SearchArea.Condition, "diabetes"), [SearchArea.Condition]);
        yield return ("cond: \"graft versus host disease\"", Words(SearchArea.Condition, "graft versus host disease"), [SearchArea.Condition]);
        yield return ("term: quality of life (ranked without \"of\")", Words(SearchArea.Term, "quality", "life"), [SearchArea.Term]);
        yield return ("term: randomized placebo controlled", Words(SearchArea.Term, "randomized", "placebo", "controlled"), [SearchArea.Term]);
        yield return ("term: pain NOT cancer", new AndQuery([new PhraseQuery("pain", Fields(SearchArea.Term))], [new PhraseQuery("cancer", Fields(SearchArea.Term))]), [SearchArea.Term]);
        yield return ("term: vaccine AND children", Words(SearchArea.Term, "vaccine", "children"), [SearchArea.Term]);
        yield return ("term: stem cells", Words(SearchArea.Term, "stem", "cells"), [SearchArea.Term]);
        yield return ("intr: surgery", Words(SearchArea.Intervention, "surgery"), [SearchArea.Intervention]);
    }
}
