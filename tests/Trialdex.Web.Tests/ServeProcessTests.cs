using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Trialdex.Tests;

namespace Trialdex.Web.Tests;

/// <summary>The real server: <c>trialdex serve</c> started as its own process on a loopback port.</summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Trialdex_serve_answers_api_requests_on_a_loopback_port()
    {
        using var server = await ServerAsync(_directory.File("serve.db"));
        var study = JsonNode.Parse(await server.Client.GetStringAsync(new Uri("/api/v2/studies/NCT05106972", UriKind.Relative)))!;
        Assert.Equal("NCT05106972", study["protocolSection"]!["identificationModule"]!["nctId"]!.GetValue<string>());
        var missing = await server.Client.GetAsync(new Uri("/api/v2/studies/NCT99999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Trialdex_serve_says_when_searches_are_answered_from_memory()
    {
        using var server = await ServerAsync(_directory.File("ready.db"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? line;
        do
        {
            line = await server.Process.StandardOutput.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("Searches are answered from memory now (arrays and text index built in ", StringComparison.Ordinal));

        Assert.NotNull(line);
    }

    [Fact]
    public async Task Trialdex_serve_prescreens_a_posted_note_against_its_trials()
    {
        using var server = await ServerAsync(_directory.File("prescreen.db"));
        using var note = new StringContent("52-year-old man with hepatitis B cirrhosis.", System.Text.Encoding.UTF8, "text/plain");

        var response = await server.Client.PostAsync(new Uri("/api/prescreen", UriKind.Relative), note);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trial = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["trials"]!.AsArray().Single()!;
        Assert.Equal("NCT05106972", trial["nctId"]!.GetValue<string>());
        Assert.Equal("PossiblyEligible", trial["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task Trialdex_serve_serves_the_pages_and_their_assets_from_the_assembly_alone()
    {
        using var server = await ServerAsync(_directory.File("pages.db"));
        var home = await server.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("5 trials, 1 recruiting", home, StringComparison.Ordinal);

        var css = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/assets/site.css[^\"]*)\"").Groups[1].Value;
        var response = await server.Client.GetAsync(new Uri(WebUtility.HtmlDecode(css), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--link", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var trial = await server.Client.GetStringAsync(new Uri("/trial/NCT05106972", UriKind.Relative));
        Assert.Contains("30 estimated patients", trial, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trialdex_serve_answers_head_like_get_without_a_body()
    {
        using var server = await ServerAsync(_directory.File("head.db"));
        foreach (var (url, status) in new[]
        {
            ("/", HttpStatusCode.OK), ("/trial/NCT05106972", HttpStatusCode.OK), ("/trial/NCT99999999", HttpStatusCode.NotFound),
            ("/search?cond=cirrhosis", HttpStatusCode.OK), ("/assets/site.css", HttpStatusCode.OK), ("/api/v2/studies", HttpStatusCode.OK),
        })
        {
            using var get = await server.Client.GetAsync(new Uri(url, UriKind.Relative));
            using var head = await HeadRequestTests.HeadAsync(server.Client, url);
            Assert.Equal(status, get.StatusCode);
            Assert.Equal(status, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Trialdex_serve_stops_cleanly_on_a_termination_signal(string signal)
    {
        using var server = await ServerAsync(_directory.File($"signal-{signal}.db"));
        if (signal == "INT" && IgnoresInterrupt(server.Process.Id))
        {
            Assert.Fail("trialdex serve was started with SIGINT ignored, inherited from this test run (a background job of a "
                + "non-interactive shell, or nohup, ignores SIGINT, and Unix programs keep that), so it cannot be tested here; "
                + "run the tests in the foreground");
        }

        using (var kill = Process.Start("kill", [$"-{signal}", server.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await server.Process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, server.Process.ExitCode);
    }

    [SharedDataFact]
    public async Task A_real_v2_study_comes_back_from_the_api_with_the_structure_and_field_names_of_the_real_api()
    {
        var file = SharedData.Path("ctgov", "v2-single", "NCT03418623.json");
        var database = _directory.File("real.db");
        await RunAsync("import", file, "--db", database, "--rejects", _directory.File("rejects.jsonl"));
        using var server = await ServerAsync(database);
        var original = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        var served = JsonNode.Parse(await server.Client.GetStringAsync(new Uri("/api/v2/studies/NCT03418623", UriKind.Relative)))!;
        Assert.True(JsonNode.DeepEquals(original, served));
        var page = JsonNode.Parse(await server.Client.GetStringAsync(new Uri("/api/v2/studies?query.id=NCT03418623&countTotal=true", UriKind.Relative)))!.AsObject();
        Assert.Equal(["totalCount", "studies"], page.Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(original, page["studies"]![0]));
    }

    /// <summary>Whether the process ignores SIGINT (signal 2: bit 1 of the SigIgn mask in /proc/PID/status).</summary>
    private static bool IgnoresInterrupt(int pid) =>
        File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & 0x2) != 0;

    private static async Task RunAsync(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", [TrialdexProcess.Dll(), .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }

    private async Task<Server> ServerAsync(string database)
    {
        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo("dotnet", [TrialdexProcess.Dll(), "serve", "--db", database, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory.Path,
        })!;
        var server = new Server(process, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await server.Client.GetAsync(new Uri("/api/v2/version", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "did not answer within 60 s";
        server.Dispose();
        throw new InvalidOperationException("trialdex serve did not start: " + error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Server(Process Process, HttpClient Client) : IDisposable
    {
        public void Dispose()
        {
            Client.Dispose();
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }

            Process.Dispose();
        }
    }
}
