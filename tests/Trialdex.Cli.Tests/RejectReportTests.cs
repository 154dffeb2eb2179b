using Trialdex.Cli.Commands;
using Trialdex.Core.Import;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

public sealed class RejectReportTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Every_reject_is_read_back_from_the_report_file_as_written_and_only_the_first_ten_are_echoed()
    {
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, IsTerminal: false, _directory.Path);
        var path = _directory.File("rejects.jsonl");
        var written = Enumerable.Range(0, 25)
            .Select(i => new RecordReject($"dir/file {i}.json", $"element [{i}]", $"reason \"{i}\"\nwith a line break and ünïcödé"))
            .ToList();
        using (var report = new RejectReport(context, path))
        {
            written.ForEach(report.Add);
            Assert.Equal(written, report.ReadBack().ToList());
            await report.FinishAsync();
        }

        Assert.Equal(25, File.ReadAllLines(path).Length);
        Assert.Equal(10, error.ToString().Split('\n').Count(l => l.StartsWith("rejected: ", StringComparison.Ordinal)));
        Assert.Contains("rejects report: " + path + " (15 more than shown above)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_rejects_there_is_no_report_file_and_nothing_to_read_back()
    {
        var context = new CliContext(new StringWriter(), new StringWriter(), IsTerminal: false, _directory.Path);
        var path = _directory.File("none.jsonl");
        using var report = new RejectReport(context, path);
        Assert.Empty(report.ReadBack());
        Assert.False(File.Exists(path));
    }

    public void Dispose() => _directory.Dispose();
}
