using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps MeSH terms, removed countries and the download date to the v2 <c>derivedSection</c>. The XML names
/// MeSH terms without their descriptor ids, so the meshes carry only <c>term</c>.
/// </summary>
internal static class DerivedSection
{
    private const string ProcessedOn = " on ";

    public static JsonObject Map(XElement study)
    {
        var misc = new JsonObject();
        misc.Put("versionHolder", VersionHolder(study.Element("required_header")?.Element("download_date")));
        misc.Put("removedCountries", JsonFields.Strings(study.Element("removed_countries")?.Texts("country") ?? []));
        var section = new JsonObject();
        section.Put("miscInfoModule", misc);
        section.Put("conditionBrowseModule", Browse(study.Element("condition_browse")));
        section.Put("interventionBrowseModule", Browse(study.Element("intervention_browse")));
        return section;
    }

    private static JsonObject? Browse(XElement? browse) =>
        JsonFields.Objects(browse?.Texts("mesh_term").Select(term => new JsonObject { ["term"] = term }) ?? []) is { } meshes
            ? new JsonObject { ["meshes"] = meshes }
            : null;

    /// <summary>"ClinicalTrials.gov processed this data on February 03, 2023" → "2023-02-03", the data version of the record.</summary>
    private static string? VersionHolder(XElement? downloadDate)
    {
        var text = XmlFields.Value(downloadDate);
        var on = text?.LastIndexOf(ProcessedOn, StringComparison.Ordinal) ?? -1;
        return on < 0 ? null : LegacyDates.Parse(text![(on + ProcessedOn.Length)..]) ?? throw downloadDate!.Error($"unreadable date in <download_date>: '{text}'");
    }
}
