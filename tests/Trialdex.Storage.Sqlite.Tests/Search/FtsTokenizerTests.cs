using Microsoft.Data.Sqlite;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Store;
using Trialdex.Storage.Sqlite.Search.Text;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Storage.Sqlite.Tests.Search;

/// <summary>The tokenizer gives the very terms SQLite's FTS5 indexes with the study_fts tokenizer, in order.</summary>
public sealed class FtsTokenizerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("caresses ponies ties caress cats feed agreed plastered motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky")]
    [InlineData("relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti")]
    [InlineData("triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize")]
    [InlineData("probate rate cease controll roll generalization oscillators aed eed ied yyy bye says")]
    [InlineData("Sjögren's syndrome, Ménière's disease; ΣΊΣΥΦΟΣ straße İstanbul ǖber Łódź ﬁbrosis ×10⁹/L ≥1.1 ng/mL µg/kg ①②")]
    [InlineData("日本語のテキスト 中文 한국어 النص العربي текст Ёлка")]
    [InlineData("NCT01234567 HbA1c>7% COVID-19 e.g. 3'UTR t(9;22) Child-Pugh A/B don't naïve façade coöperate")]
    [InlineData("a\u0301b \u0301ab x\u0307y ma\u0323\u0302u 😀smile𐐀𐐨 \uD800lone \uDC00 end")]
    public void Tokens_equal_what_fts5_indexes(string text)
    {
        using var reference = new Fts5Reference();
        var expected = reference.Tokens([text])[0];
        Assert.Equal(expected, new FtsTokenizer().Tokenize(text));
    }

    [SharedDataFact]
    public void Tokens_equal_what_fts5_indexes_for_every_text_field_of_the_shared_records()
    {
        // Given every searchable text field of the shared legacy XML records and API v2 exports
        var texts = new List<string>();
        var sources = new[] { SharedData.Path("ctgov", "AllPublicXML-sample.zip") }.Concat(Directory.GetFiles(SharedData.Path("ctgov", "v2-exports"), "*.json"));
        foreach (var item in SourceWalker.Enumerate([.. sources], new ImportProgress()))
        {
            if (item is RawRecord record && RecordDecoder.ReadStudy(record) is var (_, study))
            {
                texts.AddRange(StudyIndexRow.From(study).Text.Values.Where(v => v.Length > 0));
            }
        }

        // When FTS5 and the tokenizer each tokenize them
        using var reference = new Fts5Reference();
        var expected = reference.Tokens(texts);
        var tokenizer = new FtsTokenizer();
        var mismatches = new List<string>();
        long tokens = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var actual = tokenizer.Tokenize(texts[i]);
            tokens += actual.Count;
            if (!actual.SequenceEqual(expected[i]))
            {
                var at = actual.Zip(expected[i]).TakeWhile(p => p.First == p.Second).Count();
                mismatches.Add($"text {i} token {at}: ours '{actual.ElementAtOrDefault(at)}', FTS5 '{expected[i].ElementAtOrDefault(at)}' in \"{texts[i][..Math.Min(80, texts[i].Length)]}\"");
            }
        }

        // Then every text gives the same terms
        output.WriteLine($"{texts.Count} texts, {tokens} tokens, {mismatches.Count} mismatches");
        Assert.True(texts.Count > 50_000, $"read only {texts.Count} texts");
        Assert.Empty(mismatches.Take(20));
    }

    /// <summary>FTS5 itself, with study_fts's tokenizer, in memory: each text's terms in order, read back through fts5vocab.</summary>
    private sealed class Fts5Reference : IDisposable
    {
        private readonly SqliteConnection _connection = new("Data Source=:memory:");

        public Fts5Reference()
        {
            _connection.Open();
            Execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2')");
            Execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, instance)");
        }

        public List<List<string>> Tokens(IReadOnlyList<string> texts)
        {
            using (var transaction = _connection.BeginTransaction())
            {
                using var insert = _connection.CreateCommand();
                insert.CommandText = "INSERT INTO t (rowid, x) VALUES ($id, $x)";
                var id = insert.Parameters.Add("$id", SqliteType.Integer);
                var x = insert.Parameters.Add("$x", SqliteType.Text);
                for (var i = 0; i < texts.Count; i++)
                {
                    (id.Value, x.Value) = (i + 1, texts[i]);
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            var positions = texts.Select(_ => new List<(long Offset, string Term)>()).ToList();
            using var read = _connection.CreateCommand();
            read.CommandText = "SELECT doc, offset, term FROM v";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                positions[(int)reader.GetInt64(0) - 1].Add((reader.GetInt64(1), reader.GetString(2)));
            }

            return [.. positions.Select(p => p.OrderBy(t => t.Offset).Select(t => t.Term).ToList())];
        }

        private void Execute(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        public void Dispose() => _connection.Dispose();
    }
}
