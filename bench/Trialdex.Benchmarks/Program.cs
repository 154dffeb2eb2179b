using BenchmarkDotNet.Running;
using Trialdex.Benchmarks;

// `import-throughput [--data DIR]` measures whole imports (too long and too I/O-bound for BenchmarkDotNet's
// iterations); anything else goes to BenchmarkDotNet's switcher for the micro benchmarks.
if (args.Length > 0 && args[0] == "import-throughput")
{
    return await ImportThroughput.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ImportThroughput).Assembly).Run(args);
return 0;
