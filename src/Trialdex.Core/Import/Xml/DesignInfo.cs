
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

    /// <summary>Writes the contents of <c>designInfo</c>; nothing when the record has no design.</summary>
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        if (study.Element("study_design_info") is { } info)
        {
            Build(json, info, info.Text, name => info.Element(name));
        }
        else if (study.Element("study_design") is { } legacy && XmlFields.Value(legacy) is { } text)
        {
            var fields = LegacyFields(text);
            Build(json, legacy, key => fields.GetValueOrDefault(key) is { Length: > 0 } value ? value : null, _ => legacy);
        }
    }

    private static void Build(V2JsonWriter json, RecordElement source, Func<string, string?> text, Func<string, RecordElement?> element)
    {
        json.String("allocation", LegacyEnums.Allocation.Map(element("allocation") ?? source, text("allocation")));
        json.String("interventionModel", LegacyEnums.InterventionModel.Map(element("intervention_model") ?? source, text("intervention_model")));
        json.String("interventionModelDescription", text("intervention_model_description"));
        json.String("primaryPurpose", LegacyEnums.PrimaryPurpose.Map(element("primary_purpose") ?? source, text("primary_purpose")));
        json.String("observationalModel", LegacyEnums.ObservationalModel.Map(element("observational_model") ?? source, text("observational_model")));
        json.String("timePerspective", LegacyEnums.TimePerspective.Map(element("time_perspective") ?? source, text("time_perspective")));
        json.Object("maskingInfo");
        Masking(json, element("masking") ?? source, text("masking"), text("masking_description"));
        json.End();
    }

    /// <summary>"Double (Participant, Investigator)" → masking DOUBLE, whoMasked [PARTICIPANT, INVESTIGATOR]; "None (Open Label)" → NONE.</summary>
    private static void Masking(V2JsonWriter json, RecordElement element, string? text, string? description)
    {
        if (text is not null)
        {
            var open = text.IndexOf('(', StringComparison.Ordinal);
            var masking = LegacyEnums.Masking.Map(element, open < 0 ? text : text[..open].TrimEnd());
            json.String("masking", masking);
            if (open >= 0 && masking != "NONE")
            {
                var roles = text[(open + 1)..].TrimEnd(')', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                json.Strings("whoMasked", roles.Select(role => LegacyEnums.WhoMasked.Map(element, role)!));
            }
        }

        json.String("maskingDescription", description);
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
