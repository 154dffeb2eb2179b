using Trialdex.Core.Store;
using Trialdex.Tests;

namespace Trialdex.Storage.Sqlite.Tests.Contract;

/// <summary>The store contract against a real SQLite file in a temporary directory.</summary>
public sealed class SqliteStudyStoreContractTests : StudyStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override async Task<IStudyStore> OpenFreshStoreAsync() =>
        await SqliteStudyStore.OpenAsync(_directory.File("trialdex.db"), default);

    public void Dispose() => _directory.Dispose();
}
