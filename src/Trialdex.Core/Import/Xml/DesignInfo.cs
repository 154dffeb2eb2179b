using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps study_design_info to the v2 <c>designInfo</c>; records from before 2017 carry the same facts as one
/// comma-separated <c>study_design</c> string instead ("Allocation: Randomized, Masking: Double Blind (Subject), …").
/// </summary>
internal static class DesignInfo
{
    private static readonly string[] LegacyKeys =
    [
        "Allocation", "Control", "Endpoint Classification", "Intervention Model", "Masking", "Primary Purpose",
        "Observational Model", "Time Perspective",
    ];

    public static JsonObject? Map(XElement study)
    {
        if (study.Element("study_design_info") is { } info)
        {
            return Build(info, info.Text, name => info.Element(name));
        }

        if (study.Element("study_design") is { } legacy && XmlFields.Value(legacy) is { } text)
        {
            var fields = LegacyFields(text);
            return Build(legacy, key => fields.GetValueOrDefault(key) is { Length: > 0 } value ? value : null, _ => legacy);
        }

        return null;
    }

    private static JsonObject Build(XElement source, Func<string, string?> text, Func<string, XElement?> element)
    {
        var design = new JsonObject();
        design.Put("allocation", LegacyEnums.Allocation.Map(element("allocation") ?? source, text("allocation")));
        design.Put("interventionModel", LegacyEnums.InterventionModel.Map(element("intervention_model") ?? source, text("intervention_model")));
        design.Put("interventionModelDescription", text("intervention_model_description"));
        design.Put("primaryPurpose", LegacyEnums.PrimaryPurpose.Map(element("primary_purpose") ?? source, text("primary_purpose")));
        design.Put("observationalModel", LegacyEnums.ObservationalModel.Map(element("observational_model") ?? source, text("observational_model")));
        design.Put("timePerspective", LegacyEnums.TimePerspective.Map(element("time_perspective") ?? source, text("time_perspective")));
        design.Put("maskingInfo", Masking(element("masking") ?? source, text("masking"), text("masking_description")));
        return design;
    }

    /// <summary>"Double (Participant, Investigator)" → masking DOUBLE, whoMasked [PARTICIPANT, INVESTIGATOR]; "None (Open Label)" → NONE.</summary>
    private static JsonObject? Masking(XElement element, string? text, string? description)
    {
        var info = new JsonObject();
        if (text is not null)
        {
            var open = text.IndexOf('(', StringComparison.Ordinal);
            var masking = LegacyEnums.Masking.Map(element, open < 0 ? text : text[..open].TrimEnd());
            info.Put("masking", masking);
            if (open >= 0 && masking != "NONE")
            {
                var roles = text[(open + 1)..].TrimEnd(')', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                info.Put("whoMasked", JsonFields.Strings(roles.Select(role => LegacyEnums.WhoMasked.Map(element, role)!)));
            }
        }

        info.Put("maskingDescription", description);
        return info;
    }

    /// <summary>Splits "Key: value, Key: value" at the known keys, so commas inside values survive.</summary>
    private static Dictionary<string, string> LegacyFields(string text)
    {
        var starts = LegacyKeys
            .Select(key => (Key: key, At: text.IndexOf(key + ": ", StringComparison.Ordinal)))
            .Where(k => k.At >= 0)
            .OrderBy(k => k.At)
            .ToList();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i].At + starts[i].Key.Length + 2;
            var to = i + 1 < starts.Count ? starts[i + 1].At : text.Length;
            var name = starts[i].Key.ToLowerInvariant().Replace(' ', '_');
            fields[name] = text[from..Math.Max(from, to)].TrimEnd(',', ' ');
        }

        return fields;
    }
}
