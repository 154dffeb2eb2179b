using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trialdex.Tests;

namespace Trialdex.Web.Tests.Browser;

/// <summary>
/// The real site in a real browser, shared by the browser tests: <c>trialdex serve</c> as its own process on a free
/// loopback port over a temp database (the bundled sample plus <see cref="BrowserStudies"/>), and Debian's
/// Chromium driven by Playwright (never Playwright's own browser download).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly TempDirectory _directory = new();
    private Process? _server;
    private IPlaywright? _playwright;

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where each test's screenshots go, as artifacts: TestResults/screenshots beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return; // the tests skip, or fail under CI with the attribute's message
        }

        var database = _directory.File("browser.db");
        await RunAsync("stats", "--db", database); // a fresh store takes the bundled sample on first open
        BrowserStudies.WriteTo(_directory.File("studies"));
        await RunAsync("import", _directory.File("studies"), "--db", database, "--rejects", _directory.File("rejects.jsonl"));
        _server = await ServeAsync(database);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        _directory.Dispose();
    }

    /// <summary>A fresh browser context (its own cookies, downloads allowed) and page at the given size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        if (Browser is null)
        {
            throw new InvalidOperationException($"{BrowserFactAttribute.ChromiumPath} is missing: the browser tests need Debian's chromium package.");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        // Generous: these tests check what pages do, not how fast (the benchmarks do that), and CI runs them beside
        // other test assemblies on two cores; one navigation there once took more than 15 s to commit.
        context.SetDefaultTimeout(45_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Does what leaves the page (a click, Enter on a link or in a form) and waits until the browser has parsed the
    /// next page at a URL matching <paramref name="url"/>. It listens before it acts, so a navigation that finishes
    /// quickly is never missed (waiting for the URL afterwards once waited out its whole timeout in CI), and it does
    /// not wait for the load event: the assertions that follow wait for what they check.
    /// </summary>
    public static async Task FollowAsync(IPage page, Func<Task> action, string url)
    {
        var arrived = page.WaitForURLAsync(new Regex(url), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await action();
        await arrived;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    private static async Task RunAsync(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", [TrialdexProcess.Dll(), .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"trialdex {args[0]} failed ({process.ExitCode}): {error}{await output}");
        }
    }

    private async Task<Process> ServeAsync(string database)
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        var process = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet", [TrialdexProcess.Dll(), "serve", "--db", database, "--urls", $"http://127.0.0.1:{port}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = _directory.Path,
            },
        };
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = BaseUrl };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/api/v2/version", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        var error = process.HasExited ? errors.ToString() : "did not answer within 60 s";
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        throw new InvalidOperationException("trialdex serve did not start: " + error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The browser tests share one server and one browser, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
