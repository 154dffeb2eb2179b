using System.Globalization;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps study type, phases, design, bio-specimens, enrollment and expanded-access types to the v2 <c>designModule</c>.</summary>
internal static class DesignModule
{
    private const string PatientRegistry = "Observational [Patient Registry]";

    public static void Write(V2JsonWriter json, RecordElement study)
    {
        var typeElement = study.Element("study_type");
        var studyType = LegacyEnums.StudyType.Map(typeElement);
        json.String("studyType", studyType);
        if (studyType == "OBSERVATIONAL")
        {
            json.Bool("patientRegistry", string.Equals(XmlFields.Value(typeElement), PatientRegistry, StringComparison.OrdinalIgnoreCase));
        }

        json.String("targetDuration", study.Text("target_duration"));
        Phases(json, study.Element("phase"), studyType);
        json.Object("designInfo");
        DesignInfo.Write(json, study);
        json.End();
        json.Object("bioSpec");
        json.String("retention", LegacyEnums.BioSpecRetention.Map(study.Element("biospec_retention")));
        json.String("description", study.Textblock("biospec_descr"));
        json.End();
        Enrollment(json, study.Element("enrollment"));
        if (study.Element("expanded_access_info") is { } info)
        {
            json.Object("expandedAccessTypes");
            json.Flags(
                info,
                ("individual", "expanded_access_type_individual"),
                ("intermediate", "expanded_access_type_intermediate"),
                ("treatment", "expanded_access_type_treatment"));
            json.End();
        }
    }

    /// <summary>"Phase 1/Phase 2" → [PHASE1, PHASE2]; "N/A" → [NA], but only interventional studies have phases in v2.</summary>
    private static void Phases(V2JsonWriter json, RecordElement? phase, string? studyType)
    {
        if (XmlFields.Value(phase) is not { } text)
        {
            return;
        }

        if (text.Equals("N/A", StringComparison.OrdinalIgnoreCase))
        {
            if (studyType == "INTERVENTIONAL")
            {
                json.Strings("phases", ["NA"]);
            }

            return;
        }

        json.Strings("phases", text.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => LegacyEnums.Phase.Map(phase!, p) ?? throw phase!.Unknown(text)));
    }

    private static void Enrollment(V2JsonWriter json, RecordElement? enrollment)
    {
        if (XmlFields.Value(enrollment) is not { } text)
        {
            return;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw enrollment!.Unknown(text);
        }

        json.Object("enrollmentInfo");
        json.Number("count", count);
        json.String("type", LegacyEnums.ActualOrEstimated.Map(enrollment!.Attribute("type")));
        json.End();
    }
}
