using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Benchmarks;

/// <summary>
/// Cost of reading the eligibility criteria of the 516 API v2 studies in ../shared/data/ctgov/v2-exports, as import
/// does it (<see cref="ConstraintExtractor.Parse"/> without MeSH, with the bundled units). One operation is one study.
/// </summary>
[MemoryDiagnoser]
public class CriteriaParseBenchmarks
{
    private List<string> _texts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = SharedDataPath.Find([]) ?? throw new InvalidOperationException("../shared/data not found; set TRIALDEX_SHARED_DATA");
        _texts = [];
        foreach (var file in Directory.EnumerateFiles(Path.Combine(data, "ctgov", "v2-exports"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var study in document.RootElement.EnumerateArray())
            {
                if (study.TryGetProperty("protocolSection", out var protocol)
                    && protocol.TryGetProperty("eligibilityModule", out var eligibility)
                    && eligibility.TryGetProperty("eligibilityCriteria", out var criteria)
                    && criteria.GetString() is { } text)
                {
                    _texts.Add(text);
                }
            }
        }
    }

    /// <summary>Parses every study's criteria; reported per study.</summary>
    [Benchmark(OperationsPerInvoke = 516)]
    public int ParseV2Exports()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += ConstraintExtractor.Parse(text).Criteria.Count;
        }

        return count;
    }
}
