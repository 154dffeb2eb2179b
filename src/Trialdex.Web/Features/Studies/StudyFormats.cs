using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Web.Features.Studies;

/// <summary>
/// A study as a citation (RIS, for reference managers) and studies as CSV rows, shared by the API
/// (<c>/api/v2/studies/{id}?format=ris|csv</c>, <c>format=csv</c> searches) and the pages' downloads.
/// </summary>
internal static class StudyFormats
{
    public const string RisContentType = "application/x-research-info-systems";
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>One RIS record (TY DBASE … ER), CRLF line ends; <paramref name="url"/> is the record's address when it has no ClinicalTrials.gov page.</summary>
    public static string Ris(Study study, StudyPage page, Uri? url)
    {
        var ris = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                ris.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
            }
        }

        var status = study.ProtocolSection?.StatusModule;
        var posted = status?.StudyFirstPostDateStruct?.Date ?? status?.StartDateStruct?.Date;
        Tag("TY", "DBASE");
        Tag("TI", page.Title);
        Tag("T2", page.OfficialTitle);
        Tag("AU", page.Sponsor);
        Tag("PY", posted?.Year.ToString(CultureInfo.InvariantCulture));
        if (posted is { } date)
        {
            // RIS dates are YYYY/MM/DD/ with unknown parts left empty: "2017/10//".
            Tag("DA", string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}/{date.Month:D2}/{date.Day:D2}/"));
        }

        Tag("DB", page.Source is null ? "Trialdex" : "ClinicalTrials.gov");
        Tag("ID", page.Id);
        Tag("UR", (page.Source ?? url)?.AbsoluteUri);
        Tag("AB", page.About);
        foreach (var keyword in page.Conditions.Concat(study.ProtocolSection?.ConditionsModule?.Keywords ?? []).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Tag("KW", keyword);
        }

        Tag("N1", page.Status is { } s ? "Status: " + s.Text : null);
        ris.Append("ER  - \r\n");
        return ris.ToString();
    }

    /// <summary>Studies as CSV: a header of field names, then one row per study; lists joined by '|'.</summary>
    public static string Csv(IEnumerable<ReadOnlyMemory<byte>> studies, FieldSelection selection)
    {
        var fields = selection.IsAll ? FieldSelection.Parse(string.Join('|', FieldSelection.DefaultCsv)).Fields : selection.Fields;
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', fields.Select(f => Escape(f.Name))));
        foreach (var study in studies)
        {
            var node = JsonNode.Parse(study.Span);
            csv.AppendLine(string.Join(',', fields.Select(f => Escape(string.Join('|', FieldSelection.Values(node, f.Path).Select(Text))))));
        }

        return csv.ToString();
    }

    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Text(JsonNode value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
