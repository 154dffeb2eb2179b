using System.Text.Json;
using Trialdex.Core.Import;

namespace Trialdex.Cli.Commands;

/// <summary>
/// Collects an import's rejects: each is written as a JSON line to the report file (created on the first one),
/// the first few are echoed to standard error, and skipped non-study files are mentioned once each. Nothing is kept
/// in memory but the count, however many records are rejected: the store's copy is read back from the file.
/// </summary>
internal sealed class RejectReport : IDisposable
{
    private const int EchoLimit = 10;
    private const string Source = "source";
    private const string Position = "position";
    private const string Reason = "reason";
    private readonly CliContext _context;
    private readonly string _path;
    private int _count;
    private StreamWriter? _writer;
    private int _skipped;

    public RejectReport(CliContext context, string path)
    {
        _context = context;
        _path = path;
    }

    public void Add(RecordReject reject)
    {
        _count++;
        _writer ??= new StreamWriter(_path, append: false);
        _writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [Source] = reject.SourceFile,
            [Position] = reject.Position,
            [Reason] = reject.Reason,
        }));
        if (_count <= EchoLimit)
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

    /// <summary>The rejects written so far, read back one at a time from the report file.</summary>
    public IEnumerable<RecordReject> ReadBack()
    {
        if (_writer is null)
        {
            yield break;
        }

        _writer.Flush();
        using var reader = new StreamReader(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(line)!;
            yield return new RecordReject(fields[Source], fields[Position], fields[Reason]);
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
            var more = _count > EchoLimit ? $" ({_count - EchoLimit} more than shown above)" : "";
            await _context.Error.WriteLineAsync($"rejects report: {_path}{more}").ConfigureAwait(false);
        }
    }

    public void Dispose() => _writer?.Dispose();
}
