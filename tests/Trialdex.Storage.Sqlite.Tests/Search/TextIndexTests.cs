using System.Globalization;
using Microsoft.Data.Sqlite;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Storage.Sqlite.Search.Text;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Storage.Sqlite.Tests.Search;

/// <summary>The in-memory text index answers a query with FTS5's hits and FTS5's bm25 scores.</summary>
public sealed class TextIndexTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<TextField> All = StudyText.Fields;

    private static IReadOnlyList<TextField> Fields(SearchArea area) => [.. SearchAreas.FieldWeights(area).Keys];

    private static double[] Weights(params SearchArea[] areas)
    {
        var weights = new double[StudyText.Fields.Count];
        foreach (var (field, weight) in areas.SelectMany(SearchAreas.FieldWeights))
        {
            weights[(int)field] = Math.Max(weights[(int)field], weight);
        }

        return weights;
    }

    private static PhraseQuery Cond(string text) => new(text, Fields(SearchArea.Condition));

    private static PhraseQuery Term(string text) => new(text, All);

    private static AndQuery And(params TextQuery[] children) => new(children, []);

    private static readonly Dictionary<string, (TextQuery Query, SearchArea[] Areas)> Queries = new()
    {
        ["one word in the condition fields"] = (Cond("asthma"), [SearchArea.Condition]),
        ["two words in the condition fields"] = (And(Cond("breast"), Cond("cancer")), [SearchArea.Condition]),
        ["a phrase"] = (Cond("graft versus host disease"), [SearchArea.Condition]),
        ["a heading as a phrase"] = (new OrQuery([And(Cond("liver"), Cond("cirrhosis")), Cond("Liver Cirrhosis"), Cond("Fibrosis")]), [SearchArea.Condition]),
        ["every field"] = (And(Term("quality"), Term("life")), [SearchArea.Term]),
        ["a word that is two tokens"] = (Term("COVID-19"), [SearchArea.Term]),
        ["or"] = (new OrQuery([Term("exosomes"), And(Term("extracellular"), Term("vesicles"))]), [SearchArea.Term]),
        ["not"] = (new AndQuery([Term("pain")], [Term("cancer")]), [SearchArea.Term]),
        ["interventions"] = (And(new PhraseQuery("umbilical", Fields(SearchArea.Intervention)), new PhraseQuery("cord", Fields(SearchArea.Intervention))), [SearchArea.Intervention]),
        ["two areas"] = (And(Cond("diabetes"), new PhraseQuery("metformin", Fields(SearchArea.Intervention))), [SearchArea.Condition, SearchArea.Intervention]),
        ["a stop word ranked"] = (And(Term("quality"), Term("of"), Term("life")), [SearchArea.Term]),
        ["accents and case"] = (Term("SJÖGREN"), [SearchArea.Term]),
        ["nothing"] = (Term("zzqxv"), [SearchArea.Term]),
        ["no tokens"] = (Term("—"), [SearchArea.Term]),
        ["a repeated word"] = (Term("stem stem"), [SearchArea.Term]),
        ["columns weighing nothing"] = (And(Term("stem"), Term("cells")), [SearchArea.Condition]),
        ["not a group"] = (new AndQuery([Term("cancer")], [And(Term("breast"), Term("lung"))]), [SearchArea.Term]),
        ["or inside and"] = (And(Cond("diabetes"), new OrQuery([Term("insulin"), And(Term("metformin"), Term("placebo"))])), [SearchArea.Condition, SearchArea.Term]),
    };

    public static TheoryData<string> QueryNames => [.. Queries.Keys];

    [SharedDataTheory]
    [MemberData(nameof(QueryNames))]
    public void Hits_and_scores_equal_fts5s_on_the_shared_records(string name)
    {
        // Given the shared records in FTS5 (study_fts's definition) and in the text index
        var (query, areas) = Queries[name];
        var corpus = Corpus.Value;
        var weights = Weights(areas);

        // When both answer the query
        var expected = corpus.Fts5(query, weights);
        var (ids, scores) = corpus.Index.Search(query, weights);

        // Then they find the same studies with the very same scores (to the last bit)
        output.WriteLine($"{name}: {query.ToMatch()} → {expected.Count} hits");
        Assert.Equal(expected.Select(e => e.Id), ids);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.True(expected[i].Score == scores[i],
                $"study {ids[i]}: FTS5 {expected[i].Score.ToString("R", CultureInfo.InvariantCulture)}, index {scores[i].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    [SharedDataFact]
    public void A_memo_shared_by_a_ranking_and_a_selection_changes_neither_answer()
    {
        // Given the text index of the shared records and every query above
        var index = Corpus.Value.Index;
        foreach (var (name, (query, areas)) in Queries)
        {
            var weights = Weights(areas);

            // When one memo serves a search, then a match of the same query and of its first part
            using var memo = index.NewMemo(weights);
            var searched = index.Search(query, weights, memo: memo);
            var part = query is AndQuery { Children: [var first, ..] } ? first : query;
            var matched = index.Matches(part, memo);

            // Then both answer as without it
            var (ids, scores) = index.Search(query, weights);
            Assert.True(ids.SequenceEqual(searched.Ids) && scores.SequenceEqual(searched.Scores), name);
            Assert.True(index.Matches(part).SequenceEqual(matched), name);
        }
    }

    private static readonly Lazy<SharedCorpus> Corpus = new(() => new SharedCorpus());

    /// <summary>The shared legacy XML records and API v2 exports, in an FTS5 table defined as study_fts and in a text index.</summary>
    private sealed class SharedCorpus
    {
        private readonly SqliteConnection _connection = new("Data Source=:memory:");

        public SharedCorpus()
        {
            var texts = new List<(int Id, StudyText Text)>();
            var sources = new[] { SharedData.Path("ctgov", "AllPublicXML-sample.zip") }.Concat(Directory.GetFiles(SharedData.Path("ctgov", "v2-exports"), "*.json"));
            foreach (var item in SourceWalker.Enumerate([.. sources], new ImportProgress()))
            {
                if (item is RawRecord record && RecordDecoder.ReadStudy(record) is var (_, study))
                {
                    texts.Add((texts.Count + 1, StudyIndexRow.From(study).Text));
                }
            }

            _connection.Open();
            using (var create = _connection.CreateCommand())
            {
                create.CommandText = $"CREATE VIRTUAL TABLE study_fts USING fts5({FtsColumns.List}, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2')";
                create.ExecuteNonQuery();
            }

            using (var transaction = _connection.BeginTransaction())
            {
                using var insert = _connection.CreateCommand();
                insert.CommandText = $"INSERT INTO study_fts (rowid, {FtsColumns.List}) VALUES ($id, {string.Join(", ", StudyText.Fields.Select(f => "$c" + (int)f))})";
                var id = insert.Parameters.Add("$id", SqliteType.Integer);
                var columns = StudyText.Fields.Select(f => insert.Parameters.Add("$c" + (int)f, SqliteType.Text)).ToArray();
                foreach (var (studyId, text) in texts)
                {
                    id.Value = studyId;
                    for (var c = 0; c < columns.Length; c++)
                    {
                        columns[c].Value = text.Values[c];
                    }

                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            Index = TextIndex.Build(texts);
        }

        public TextIndex Index { get; }

        public List<(int Id, double Score)> Fts5(TextQuery query, IReadOnlyList<double> weights) => Fts5Scores.Read(_connection, query, weights);
    }
}
