using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Trialdex.Core.Import;
using Trialdex.Core.Sample;
using Trialdex.Core.Store;
using Trialdex.Storage.Sqlite;
using Trialdex.Tests;

namespace Trialdex.Web.Tests;

/// <summary>The Trialdex web application in-process (WebApplicationFactory) over a real SQLite file holding the bundled sample.</summary>
public sealed class ApiFactory : WebApplicationFactory<ApiFactory>
{
    private readonly TempDirectory _directory = new();
    private readonly Lazy<IStudyStore> _store;

    public ApiFactory() => _store = new(() => OpenStore().GetAwaiter().GetResult());

    public IStudyStore Store => _store.Value;

    /// <summary>The SQLite file behind <see cref="Store"/> (with its -wal and -shm files beside it).</summary>
    public string DatabasePath => _directory.File("trialdex.db");

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHostDefaults(web => web
                .UseContentRoot(AppContext.BaseDirectory)
                .ConfigureServices(services => services.AddTrialdexWeb(Store))
                .Configure(app => app.UseTrialdexWeb()));

    /// <summary>The tests' own output folder is the content root (the factory would otherwise guess a project folder).</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    private async Task<IStudyStore> OpenStore()
    {
        var store = await SqliteStudyStore.OpenAsync(DatabasePath, default);
        var records = SampleStudies.All.Select(s => (ImportItem)new RawRecord("bundled sample", s.Name, SourceFormat.Sample, s.Utf8Json));
        await new StudyImporter(store).ImportAsync(records, new ImportProgress(), null, null, default);
        await store.RecordImportRunAsync(new ImportRunRecord(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, "bundled sample", 5, 0, 0, 0), [], default);
        return store;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _store.IsValueCreated)
        {
            _store.Value.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _directory.Dispose();
    }
}
