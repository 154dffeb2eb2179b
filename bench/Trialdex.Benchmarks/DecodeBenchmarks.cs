using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Trialdex.Core.Import;

namespace Trialdex.Benchmarks;

/// <summary>Per-record decoding cost of one legacy XML record and one API v2 JSON record (typed parse and validation).</summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private RawRecord _xml = null!;
    private RawRecord _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = SharedDataPath.Find([]) ?? throw new InvalidOperationException("../shared/data not found; set TRIALDEX_SHARED_DATA");
        using var zip = ZipFile.OpenRead(Path.Combine(data, "ctgov", "AllPublicXML-sample.zip"));
        var entry = zip.Entries.First(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        _xml = new RawRecord(entry.FullName, "document", SourceFormat.LegacyXml, copy.ToArray());
        var single = Directory.GetFiles(Path.Combine(data, "ctgov", "v2-single"), "*.json").First(f => f.EndsWith("NCT03418623.json", StringComparison.Ordinal));
        _json = new RawRecord(single, "study", SourceFormat.ApiV2Json, File.ReadAllBytes(single));
    }

    [Benchmark]
    public DecodedRecord LegacyXmlRecord() => RecordDecoder.Decode(_xml);

    [Benchmark]
    public DecodedRecord ApiV2JsonRecord() => RecordDecoder.Decode(_json);
}
