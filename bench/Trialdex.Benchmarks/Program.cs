using BenchmarkDotNet.Running;
using Trialdex.Benchmarks;

// `import-throughput [--data DIR]` measures whole imports, `synth --count N --db PATH` writes the synthetic corpus,
// `search-latency --db PATH` times the fixed query set (too long and I/O-bound for BenchmarkDotNet's iterations),
// `page-latency --db PATH` times the trial and search pages through the real web server, `screen-latency --db PATH
// --patients Q.jsonl` times pre-screening one patient against the store, `text-index --db PATH` builds the in-memory
// text index from a store and times it against FTS5; `xml-zip --copies N --out PATH` writes the sample XML zip N times
// over, under new NCT ids, to time `trialdex import` on a larger input;
// anything else goes to BenchmarkDotNet's switcher for the micro benchmarks.
switch (args.FirstOrDefault())
{
    case "import-throughput":
        return await ImportThroughput.RunAsync(args[1..]);
    case "synth":
        return await Trialdex.Benchmarks.Synthetic.SynthCommand.RunAsync(args[1..]);
    case "search-latency":
        return await Trialdex.Benchmarks.Search.SearchLatency.RunAsync(args[1..]);
    case "page-latency":
        return await Trialdex.Benchmarks.Pages.PageLatency.RunAsync(args[1..]);
    case "text-index":
        return Trialdex.Benchmarks.Search.TextIndexLatency.Run(args[1..]);
    case "xml-zip":
        return LargeXmlZip.Run(args[1..]);
    case "screen-latency":
        return await Trialdex.Benchmarks.Screening.ScreenLatency.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ImportThroughput).Assembly).Run(args);
return 0;
