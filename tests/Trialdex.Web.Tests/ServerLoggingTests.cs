using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Trialdex.Storage.Sqlite;
using Trialdex.Tests;

namespace Trialdex.Web.Tests;

/// <summary>What the real server writes to its log by default.</summary>
public sealed class ServerLoggingTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_server_does_not_log_a_line_per_request_but_keeps_warnings_and_its_own_information()
    {
        // Given the server as trialdex serve builds it
        await using var store = await SqliteStudyStore.OpenAsync(_directory.File("logging.db"), default);
        await using var app = TrialdexWeb.Build(store, "http://127.0.0.1:0");

        // When its loggers are asked what they write
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        // Then ASP.NET Core's per-request lines are off, its warnings and the host's start-up lines are on
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("Microsoft.Hosting.Lifetime").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task The_line_per_request_stays_off_when_the_configuration_turns_asp_net_cores_information_on()
    {
        // Given the server configured to write everything ASP.NET Core logs
        await using var store = await SqliteStudyStore.OpenAsync(_directory.File("verbose.db"), default);
        await using var app = TrialdexWeb.Build(store, "http://127.0.0.1:0", ["--Logging:LogLevel:Default=Trace", "--Logging:LogLevel:Microsoft.AspNetCore=Trace"]);

        // When its loggers are asked what they write
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        // Then the rest of ASP.NET Core is on, but not the request lines that quote the query (a patient's place in ?near=)
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning));
    }
}
