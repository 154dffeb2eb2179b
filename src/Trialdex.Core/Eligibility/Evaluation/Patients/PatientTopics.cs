using System.Globalization;
using System.Text.Json;

namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>A patient description of an evaluation set (a TREC or SIGIR topic).</summary>
/// <param name="Id">The topic id ("trec-20211").</param>
/// <param name="Text">The free-text clinical note.</param>
public sealed record PatientTopic(string Id, string Text);

/// <summary>One relevance judgment: a trial graded for a topic, 0 not relevant, 1 excluded, 2 eligible.</summary>
public sealed record TrialJudgment(string TopicId, string NctId, int Grade);

/// <summary>Reads the evaluation files: topics as JSON lines (<c>{"_id", "text"}</c>), judgments as TSV (<c>query-id, corpus-id, score</c>, with a header).</summary>
public static class PatientTopics
{
    /// <summary>The topics of a JSON-lines file; lines that are not such an object are skipped.</summary>
    public static IReadOnlyList<PatientTopic> ReadQueries(string path)
    {
        var topics = new List<PatientTopic>();
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("_id", out var id) && document.RootElement.TryGetProperty("text", out var text)
                && id.ValueKind == JsonValueKind.String && text.ValueKind == JsonValueKind.String)
            {
                topics.Add(new PatientTopic(id.GetString()!, text.GetString()!));
            }
        }

        return topics;
    }

    /// <summary>The judgments of a TSV file; the header and malformed lines are skipped.</summary>
    public static IReadOnlyList<TrialJudgment> ReadQrels(string path) =>
        [.. File.ReadLines(path)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 3 && int.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            .Select(f => new TrialJudgment(f[0].Trim(), f[1].Trim(), int.Parse(f[2], CultureInfo.InvariantCulture)))];
}
