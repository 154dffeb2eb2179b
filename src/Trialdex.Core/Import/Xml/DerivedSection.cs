
namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps MeSH terms, removed countries and the download date to the v2 <c>derivedSection</c>. The XML names
/// MeSH terms without their descriptor ids, so the meshes carry only <c>term</c>.
/// </summary>
internal static class DerivedSection
{
    private const string ProcessedOn = " on ";

    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.Object("derivedSection");
        json.Object("miscInfoModule");
        json.String("versionHolder", VersionHolder(study.Element("required_header")?.Element("download_date")));
        json.Strings("removedCountries", study.Element("removed_countries")?.Texts("country") ?? []);
        json.End();
        Browse(json, "conditionBrowseModule", study.Element("condition_browse"));
        Browse(json, "interventionBrowseModule", study.Element("intervention_browse"));
        json.End();
    }

    private static void Browse(V2JsonWriter json, string name, RecordElement? browse)
    {
        json.Object(name);
        json.Array("meshes");
        foreach (var term in browse?.Texts("mesh_term") ?? [])
        {
            json.Item();
            json.String("term", term);
            json.End();
        }

        json.End();
        json.End();
    }

    /// <summary>"ClinicalTrials.gov processed this data on February 03, 2023" → "2023-02-03", the data version of the record.</summary>
    private static string? VersionHolder(RecordElement? downloadDate)
    {
        var text = XmlFields.Value(downloadDate);
        var on = text?.LastIndexOf(ProcessedOn, StringComparison.Ordinal) ?? -1;
        return on < 0 ? null : LegacyDates.Parse(text![(on + ProcessedOn.Length)..]) ?? throw downloadDate!.Error($"unreadable date in <download_date>: '{text}'");
    }
}
