using Trialdex.Core.Import.Json;

namespace Trialdex.Core.Import.Sources;

/// <summary>
/// Turns the paths a user names (files, directories, zips) into one stream of <see cref="ImportItem"/>s, in a
/// stable order (directories are read in ordinal name order). Input it cannot read becomes a reject, never an
/// exception, so one bad file never stops the run.
/// </summary>
public static class SourceWalker
{
    /// <summary>Total size in bytes of everything under <paramref name="paths"/>, for progress and ETA.</summary>
    public static long TotalBytes(IEnumerable<string> paths) =>
        paths.SelectMany(Files).Sum(f => SafeLength(f));

    /// <summary>Every record and reject found under <paramref name="paths"/>.</summary>
    public static IEnumerable<ImportItem> Enumerate(IEnumerable<string> paths, ImportProgress progress)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                yield return new RecordReject(path, "", "no such file or directory");
                continue;
            }

            foreach (var file in Files(path))
            {
                foreach (var item in Guard(file, ReadFile(file, progress)))
                {
                    yield return item;
                }
            }
        }
    }

    internal static IEnumerable<ImportItem> ReadFile(string file, ImportProgress progress)
    {
        var kind = EntryKinds.Of(file);
        switch (kind)
        {
            case EntryKind.Zip:
                return ZipStudyReader.Read(file, progress);
            case EntryKind.Json:
                return ReadJson(file, progress);
            case EntryKind.Xml:
                return ReadXml(file, progress);
            default:
                progress.AddBytes(SafeLength(file));
                return [new SkippedFile(file, "not a study file (.json, .ndjson, .jsonl, .xml or .zip)")];
        }
    }

    private static IEnumerable<ImportItem> ReadJson(string file, ImportProgress progress)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        foreach (var item in JsonStudyReader.Read(stream, file, progress))
        {
            yield return item;
        }
    }

    private static IEnumerable<ImportItem> ReadXml(string file, ImportProgress progress)
    {
        var bytes = File.ReadAllBytes(file);
        progress.AddBytes(bytes.Length);
        yield return new RawRecord(file, "document", SourceFormat.LegacyXml, bytes);
    }

    /// <summary>
    /// Runs a reader, turning an I/O failure in the middle of it (unreadable file, corrupt compressed data) into a
    /// reject after whatever it had already yielded.
    /// </summary>
    internal static IEnumerable<ImportItem> Guard(string file, IEnumerable<ImportItem> items)
    {
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            ImportItem? current = null;
            string? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                current = enumerator.Current;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                failure = ex.Message;
            }

            if (failure is not null)
            {
                yield return new RecordReject(file, "", "could not read: " + failure);
                yield break;
            }

            yield return current!;
        }
    }

    private static IEnumerable<string> Files(string path)
    {
        if (!Directory.Exists(path))
        {
            return [path];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
        var files = Directory.EnumerateFiles(path, "*", options).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static long SafeLength(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
