using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Trialdex.Web.Tests.Pages;

/// <summary>What "Could I qualify?" promises: nothing typed reaches a log, the database or a cache.</summary>
public sealed class QualifyPrivacyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Note = "Zorblax-Quintana is a 34-year-old woman with intrauterine adhesions after curettage, platelets 41 x10^9/L, lives at 12 Wimbleton Crescent.";

    [Fact]
    public async Task No_fragment_of_the_form_or_the_note_reaches_any_log_even_at_trace()
    {
        var logs = new CapturedLogs();
        using var traced = factory.WithWebHostBuilder(web => web.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var client = traced.CreateClient();

        await QualifyPageTests.PostAsync(client, [new("note", Note)]);
        await QualifyPageTests.PostAsync(client, [new("age", "34"), new("sex", "female"), new("conditions", "Zorblaxitis of the Wimbleton gland")]);
        await QualifyPageTests.PostAsync(client, [new("age", "Zorblax"), new("place", "Wimbleton Crescent")], HttpStatusCode.BadRequest);
        await QualifyPageTests.PostAsync(client, [new("trial", "LOCAL-IUA-IPS-EXO"), new("note", Note)]);

        Assert.NotEmpty(logs.Lines);
        var words = Note.Split(' ');
        foreach (var fragment in Enumerable.Range(0, words.Length - 2).Select(i => string.Join(' ', words.Skip(i).Take(3))).Append("Zorblax").Append("Wimbleton"))
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Screening_writes_nothing_to_the_database()
    {
        var client = factory.CreateClient();
        await PageHtml.GetAsync(client, "/"); // the store is open and settled before the first look
        var before = Fingerprint();
        var statistics = await factory.Store.GetStatisticsAsync(default);

        await QualifyPageTests.PostAsync(client, [new("note", Note)]);
        await QualifyPageTests.PostAsync(client, [new("age", "45"), new("sex", "female"), new("conditions", "primary ovarian insufficiency")]);
        await QualifyPageTests.PostAsync(client, [new("trial", "LOCAL-IUA-IPS-EXO"), new("age", "45")]);

        Assert.Equal(before, Fingerprint());
        Assert.Equivalent(statistics, await factory.Store.GetStatisticsAsync(default));
    }

    [Fact]
    public async Task The_form_and_its_results_are_never_cached_and_the_patient_is_never_in_a_url()
    {
        var client = factory.CreateClient();
        var (get, form) = await PageHtml.GetAsync(client, "/qualify");
        var (post, _) = await QualifyPageTests.PostAsync(client, [new("note", Note)]);

        Assert.Equal("no-store", get.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", post.Headers.CacheControl?.ToString());
        Assert.Equal("/qualify", post.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Empty(post.RequestMessage.RequestUri.Query);
        Assert.Contains("method=\"post\"", form, StringComparison.Ordinal);
    }

    /// <summary>SHA-256 of the database file and its write-ahead log (the -shm index changes on reads, so it is left out).</summary>
    private string Fingerprint() => string.Join(" ", new[] { factory.DatabasePath, factory.DatabasePath + "-wal" }.Select(path =>
    {
        if (!File.Exists(path))
        {
            return path + ": none";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Path.GetFileName(path) + ": " + Convert.ToHexString(SHA256.HashData(stream));
    }));
}
