using System.Globalization;
using System.Text.Json.Nodes;
using Trialdex.Core.Import;

namespace Trialdex.Benchmarks.Synthetic;

/// <summary>
/// A synthetic corpus for measuring scale: N studies, each built by recombining modules of the real records in
/// ../shared/data (the identity and titles of one record, the conditions of a second, the treatments of a third, the
/// sites of a fourth, the criteria of a fifth). Every synthetic study is marked as such: its NCT id is in the unused
/// range NCT9xxxxxxx, its org study id is "TRIALDEX-SYNTHETIC-n" and its organization is "Trialdex synthetic corpus".
/// Deterministic: the same sources and count give the same corpus. Never written into the repository.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] Statuses =
        ["RECRUITING", "RECRUITING", "COMPLETED", "COMPLETED", "COMPLETED", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "TERMINATED", "WITHDRAWN", "UNKNOWN"];

    private readonly IReadOnlyList<JsonObject> _sources;

    public SyntheticCorpus(IReadOnlyList<JsonObject> sources)
    {
        if (sources.Count == 0)
        {
            throw new ArgumentException("no source records to recombine", nameof(sources));
        }

        _sources = sources;
    }

    /// <summary>The NCT id of synthetic study <paramref name="n"/>.</summary>
    public static string NctId(int n) => "NCT9" + n.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Synthetic studies 0 … count-1 as import records, generated as they are read.</summary>
    public IEnumerable<ImportItem> Generate(int count)
    {
        for (var n = 0; n < count; n++)
        {
            var json = Compose(n).ToJsonString();
            yield return new RawRecord("synthetic corpus", n.ToString(CultureInfo.InvariantCulture), SourceFormat.ApiV2Json, System.Text.Encoding.UTF8.GetBytes(json));
        }
    }

    private JsonObject Compose(int n)
    {
        var study = Pick(n, 1, 0).DeepClone().AsObject();
        study.Remove("resultsSection");
        study.Remove("documentSection");
        study.Remove("annotationSection");
        var protocol = study["protocolSection"]!.AsObject();
        var derived = study["derivedSection"] as JsonObject ?? [];
        study["derivedSection"] = derived;

        var identification = protocol["identificationModule"]!.AsObject();
        identification["nctId"] = NctId(n);
        identification.Remove("nctIdAliases");
        identification["orgStudyIdInfo"] = new JsonObject { ["id"] = "TRIALDEX-SYNTHETIC-" + n.ToString(CultureInfo.InvariantCulture) };
        identification["organization"] = new JsonObject { ["fullName"] = "Trialdex synthetic corpus", ["class"] = "OTHER" };

        Borrow(protocol, Pick(n, 7, 3), "protocolSection", "conditionsModule");
        Borrow(derived, Pick(n, 7, 3), "derivedSection", "conditionBrowseModule");
        Borrow(protocol, Pick(n, 13, 5), "protocolSection", "armsInterventionsModule");
        Borrow(derived, Pick(n, 13, 5), "derivedSection", "interventionBrowseModule");
        Borrow(protocol, Pick(n, 31, 11), "protocolSection", "contactsLocationsModule");
        Borrow(protocol, Pick(n, 17, 1), "protocolSection", "eligibilityModule");

        if (protocol["statusModule"] is JsonObject status)
        {
            status["overallStatus"] = Statuses[(int)((uint)(n * 2654435761u) % Statuses.Length)];
        }

        return study;
    }

    private JsonObject Pick(int n, int stride, int offset) => _sources[(int)(((long)n * stride + offset) % _sources.Count)];

    private static void Borrow(JsonObject target, JsonObject source, string section, string module)
    {
        if (source[section]?[module] is { } part)
        {
            target[module] = part.DeepClone();
        }
        else
        {
            target.Remove(module);
        }
    }
}
