using System.Text.Json;
using Trialdex.Core.Import;

namespace Trialdex.Cli.Commands;

/// <summary>
/// Collects an import's rejects: each is written as a JSON line to the report file (created on the first one),
/// the first few are echoed to standard error, and skipped non-study files are mentioned once each.
/// </summary>
internal sealed class RejectReport : IDisposable
{
    private const int EchoLimit = 10;
    private readonly CliContext _context;
    private readonly string _path;
    private readonly List<RecordReject> _rejects = [];
    private StreamWriter? _writer;
    private int _skipped;

    public RejectReport(CliContext context, string path)
    {
        _context = context;
        _path = path;
    }

    public IReadOnlyList<RecordReject> Rejects => _rejects;

    public void Add(RecordReject reject)
    {
        _rejects.Add(reject);
        _writer ??= new StreamWriter(_path, append: false);
        _writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["source"] = reject.SourceFile,
            ["position"] = reject.Position,
            ["reason"] = reject.Reason,
        }));
        if (_rejects.Count <= EchoLimit)
        {
            _context.Error.WriteLine($"rejected: {reject.SourceFile}{(reject.Position.Length > 0 ? " (" + reject.Position + ")" : "")}: {reject.Reason}");
        }
    }

    public void Skip(SkippedFile file)
    {
        _skipped++;
        if (_skipped <= EchoLimit)
        {
            _context.Error.WriteLine($"skipped: {file.SourceFile}: {file.Reason}");
        }
    }

    public async Task FinishAsync()
    {
        if (_skipped > EchoLimit)
        {
            await _context.Error.WriteLineAsync($"skipped {_skipped} files that hold no studies in all").ConfigureAwait(false);
        }

        if (_writer is not null)
        {
            await _writer.FlushAsync().ConfigureAwait(false);
            var more = _rejects.Count > EchoLimit ? $" ({_rejects.Count - EchoLimit} more than shown above)" : "";
            await _context.Error.WriteLineAsync($"rejects report: {_path}{more}").ConfigureAwait(false);
        }
    }

    public void Dispose() => _writer?.Dispose();
}
