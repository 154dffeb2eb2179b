using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests.Contract;

/// <summary>The search contract against a real SQLite file.</summary>
public sealed class SqliteSearchContractTests : SearchContract, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override async Task<IStudyStore> OpenFreshStoreAsync() =>
        await SqliteStudyStore.OpenAsync(_directory.File("trialdex.db"), default);

    public void Dispose() => _directory.Dispose();
}
