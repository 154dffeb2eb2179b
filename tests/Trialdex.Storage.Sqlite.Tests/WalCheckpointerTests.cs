using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests;

public sealed class WalCheckpointerTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Requests_made_while_a_checkpoint_runs_are_served_by_one_more_checkpoint_after_it()
    {
        // Given a checkpoint that is running and cannot finish yet
        var release = new TaskCompletionSource();
        var runs = 0;
        var checkpointer = new WalCheckpointer(async () =>
        {
            Interlocked.Increment(ref runs);
            await release.Task;
        });
        checkpointer.Request();
        await WaitUntil(() => Volatile.Read(ref runs) == 1);

        // When three more batches commit meanwhile
        checkpointer.Request();
        checkpointer.Request();
        checkpointer.Request();
        release.SetResult();
        await checkpointer.WaitAsync();

        // Then one more checkpoint covers all three
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task A_failed_checkpoint_is_reported_by_the_next_request_and_only_once()
    {
        var fail = true;
        var checkpointer = new WalCheckpointer(() => fail
            ? Task.FromException(new StoreException(StoreFailure.Other, "database error in x.db: disk I/O error"))
            : Task.CompletedTask);
        checkpointer.Request();
        var ex = await Assert.ThrowsAsync<StoreException>(checkpointer.WaitAsync);
        Assert.Contains("disk I/O error", ex.Message, StringComparison.Ordinal);

        fail = false;
        checkpointer.Request();
        await checkpointer.WaitAsync();
    }

    [Fact]
    public async Task An_import_keeps_the_write_ahead_log_about_one_batch_long_and_loses_nothing()
    {
        // Given a store and batches of studies with long criteria texts
        var path = _directory.File("wal.db");
        await using var store = await SqliteStudyStore.OpenAsync(path, default);
        var criteria = "Inclusion Criteria:\n\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"* Criterion number {i} about hepatic function\n"));
        var sizes = new List<long>();

        // When twelve batches are stored, each checkpointed before the next
        for (var batch = 0; batch < 12; batch++)
        {
            await store.UpsertAsync([.. Enumerable.Range(batch * 100, 100).Select(n => Document(n, criteria))], default);
            await store.CheckpointsFinishedAsync();
            sizes.Add(new FileInfo(path + "-wal").Length);
        }

        // Then the log is reused from its start instead of growing with every batch, and every study is stored
        Assert.True(sizes[^1] <= 2 * sizes[1], $"write-ahead log sizes after each batch: {string.Join(", ", sizes)}");
        Assert.Equal(1200, (await store.GetStatisticsAsync(default)).Studies);
    }

    private static StudyDocument Document(int n, string criteria)
    {
        var json = System.Text.Encoding.UTF8.GetBytes(TestStudies.Node(TestStudies.Id(n), criteria: criteria).ToJsonString());
        return StudyDocument.Create(TestStudies.Id(n), json, Core.Studies.StudyJson.Parse(json), Core.Import.SourceFormat.ApiV2Json, "t.json", "1", null);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
