using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Trialdex.Benchmarks;

/// <summary>
/// <c>xml-zip --copies N --out PATH [--data DIR]</c>: writes a legacy-XML zip laid out like ClinicalTrials.gov's
/// AllPublicXML.zip (folders <c>NCTdddd xxxx/</c>) holding every <c>NCTdddddddd.xml</c> record of ../shared/data's AllPublicXML-sample.zip
/// N times, each copy after the first under new NCT ids (NCT9 followed by a running number), so that
/// <c>trialdex import</c> can be timed as a whole command on an input larger than the sample, where its start-up
/// counts for less. The records are otherwise the real ones, byte for byte; the zip is written outside the repository.
/// </summary>
internal static partial class LargeXmlZip
{
    public static int Run(string[] args)
    {
        var data = SharedDataPath.Find(args);
        var output = Option(args, "--out");
        var copies = int.Parse(Option(args, "--copies") ?? "5", CultureInfo.InvariantCulture);
        if (data is null || output is null || copies < 1)
        {
            Console.Error.WriteLine("usage: xml-zip --copies N --out PATH [--data DIR]  (../shared/data not found, or --out missing)");
            return 1;
        }

        var records = ReadRecords(Path.Combine(data, "ctgov", "AllPublicXML-sample.zip"));
        var next = 0;
        using (var zip = ZipFile.Open(output, ZipArchiveMode.Create))
        {
            for (var copy = 0; copy < copies; copy++)
            {
                foreach (var (id, xml) in records)
                {
                    var newId = copy == 0 ? id : string.Create(CultureInfo.InvariantCulture, $"NCT9{next++:D7}");
                    var entry = zip.CreateEntry($"{newId[..7]}xxxx/{newId}.xml", CompressionLevel.Fastest);
                    using var stream = entry.Open();
                    var bytes = copy == 0 ? xml : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(xml).Replace(id, newId, StringComparison.Ordinal));
                    stream.Write(bytes);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {records.Count * copies:N0} records ({copies} × {records.Count:N0}) to {output}"));
        return 0;
    }

    /// <summary>Each record of the sample zip with its NCT id (from the file name); other entries are left out.</summary>
    private static List<(string Id, byte[] Xml)> ReadRecords(string path)
    {
        var records = new List<(string, byte[])>();
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            if (RecordName().Match(entry.Name) is not { Success: true } match)
            {
                continue;
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            records.Add((match.Groups[1].Value, buffer.ToArray()));
        }

        return records;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    [GeneratedRegex(@"^(NCT\d{8})\.xml$")]
    private static partial Regex RecordName();
}
