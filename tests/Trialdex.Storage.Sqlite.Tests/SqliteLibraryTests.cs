using System.Runtime.CompilerServices;
using System.Text;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests;

public sealed class SqliteLibraryTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    /// <summary>
    /// Sets SQLite up as a store does before anything in this test process opens a database (some tests open
    /// connections of their own first), so that every test here runs SQLite as the product does.
    /// </summary>
    [ModuleInitializer]
    internal static void ConfigureFirst() => SqliteLibrary.Configure();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_store_runs_SQLite_in_multi_thread_mode_without_memory_statistics()
    {
        await using var store = await SqliteStudyStore.OpenAsync(_directory.File("tuned.db"), default);
        await store.UpsertAsync([Document(1)], default);

        Assert.True(SqliteLibrary.Tuned);
        // With statistics on, SQLite counts what it has allocated (a store's connections hold megabytes).
        Assert.Equal(0, SQLitePCL.raw.sqlite3_memory_used());
    }

    [Fact]
    public async Task Searches_and_reads_on_many_threads_during_an_import_see_whole_commits()
    {
        // Given a store that a writer keeps importing into, in batches of ten
        await using var store = await SqliteStudyStore.OpenAsync(_directory.File("busy.db"), default);
        await store.UpsertAsync(Enumerable.Range(0, 10).Select(Document).ToList(), default);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var batch = 1; batch < 30; batch++)
            {
                await store.UpsertAsync(Enumerable.Range(batch * 10, 10).Select(Document).ToList(), default);
            }

            await stop.CancelAsync();
        });

        // When eight readers search and read studies meanwhile, each on pooled connections of its own
        var readers = Enumerable.Range(0, 8).Select(r => Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads == 0)
            {
                var hits = (await store.SearchAsync(new SearchRequest { CountTotal = true, PageSize = 5 }, default)).TotalCount;

                // Then each sees whole batches and every study it finds reads back whole
                Assert.Equal(0, hits % 10);
                var study = await store.FindAsync(TestStudies.Id((r + reads) % 10), default);
                Assert.NotNull(study);
                Assert.Equal(TestStudies.Id((r + reads) % 10), StudyJson.Parse(study.Json.Span).NctId);
                reads++;
            }

            return reads;
        })).ToList();
        await writer;
        var reads = await Task.WhenAll(readers);

        Assert.All(reads, n => Assert.True(n > 0));
        Assert.Equal(300, (await store.SearchAsync(new SearchRequest { CountTotal = true }, default)).TotalCount);
    }

    private static StudyDocument Document(int n)
    {
        var json = Encoding.UTF8.GetBytes(TestStudies.Node(TestStudies.Id(n)).ToJsonString());
        return StudyDocument.Create(TestStudies.Id(n), json, StudyJson.Parse(json), Core.Import.SourceFormat.ApiV2Json, "t.json", n.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
    }
}
