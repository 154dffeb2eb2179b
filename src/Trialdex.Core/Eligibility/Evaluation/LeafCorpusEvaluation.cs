using System.IO.Compression;

namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>
/// Scores the constraint extractor against the Leaf Clinical Trials corpus (brat standoff: NCT*.txt criteria with
/// NCT*.ann annotations, in a zip). Each text is parsed as a whole (<see cref="Constraints.ConstraintExtractor.Parse"/>),
/// and its comparisons are matched one to one with the annotated Eq-Comparison events that have a value: precision
/// and recall with operator, values and unit all right, and of spans alone, each with overlapping and identical spans.
/// </summary>
/// <remarks>
/// Scoring choices: only comparisons whose values are written in digits or English number words are scored, on
/// both sides, so Roman numerals, dates and words such as "moderate" are left out; an extracted comparison that
/// overlaps only such unscored gold is left out too. Units compare folded (case, spaces, "^" and superscripts
/// ignored; time units by name; any "× ULN" spelling alike). A gold comparison without an operator is "=", or "≤"
/// when the corpus marks a temporal period instead ("last 6 months").
/// </remarks>
public static class LeafCorpusEvaluation
{
    private const int MaxExamples = 40;

    /// <summary>Reads the corpus zip and scores every document.</summary>
    /// <exception cref="FileNotFoundException">The zip does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a zip.</exception>
    public static LeafEvaluationResult Run(string lctBratZipPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(lctBratZipPath);
        using var zip = ZipFile.OpenRead(lctBratZipPath);
        var texts = zip.Entries.Where(e => e.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(e => e.FullName[..^4], e => e, StringComparer.Ordinal);
        var documents = new List<(string Name, string Text, string Ann)>();
        foreach (var ann in zip.Entries.Where(e => e.FullName.EndsWith(".ann", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (texts.TryGetValue(ann.FullName[..^4], out var text))
            {
                documents.Add((Path.GetFileNameWithoutExtension(ann.Name), Read(text), Read(ann)));
            }
        }

        return Score(documents);
    }

    /// <summary>Scores documents given as (name, criteria text, brat annotations).</summary>
    public static LeafEvaluationResult Score(IEnumerable<(string Name, string Text, string Ann)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tally = new EvaluationTally(MaxExamples);
        foreach (var (name, text, ann) in documents)
        {
            var gold = GoldComparisons.Read(BratReader.Read(ann), text);
            tally.Add(name, gold, PredictedComparisons.Read(text));
        }

        return tally.Result();
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
