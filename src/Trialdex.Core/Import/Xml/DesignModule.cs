using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps study type, phases, design, bio-specimens, enrollment and expanded-access types to the v2 <c>designModule</c>.</summary>
internal static class DesignModule
{
    private const string PatientRegistry = "Observational [Patient Registry]";

    public static JsonObject Map(XElement study)
    {
        var typeElement = study.Element("study_type");
        var studyType = LegacyEnums.StudyType.Map(typeElement);
        var module = new JsonObject();
        module.Put("studyType", studyType);
        if (studyType == "OBSERVATIONAL")
        {
            module.Put("patientRegistry", string.Equals(XmlFields.Value(typeElement), PatientRegistry, StringComparison.OrdinalIgnoreCase));
        }

        module.Put("targetDuration", study.Text("target_duration"));
        module.Put("phases", Phases(study.Element("phase"), studyType));
        module.Put("designInfo", DesignInfo.Map(study));
        module.Put("bioSpec", BioSpec(study));
        module.Put("enrollmentInfo", Enrollment(study.Element("enrollment")));
        module.Put("expandedAccessTypes", ExpandedAccessTypes(study.Element("expanded_access_info")));
        return module;
    }

    /// <summary>"Phase 1/Phase 2" → [PHASE1, PHASE2]; "N/A" → [NA], but only interventional studies have phases in v2.</summary>
    private static JsonArray? Phases(XElement? phase, string? studyType)
    {
        if (XmlFields.Value(phase) is not { } text)
        {
            return null;
        }

        if (text.Equals("N/A", StringComparison.OrdinalIgnoreCase))
        {
            return studyType == "INTERVENTIONAL" ? ["NA"] : null;
        }

        return JsonFields.Strings(text.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => LegacyEnums.Phase.Map(phase!, p) ?? throw phase!.Unknown(text)));
    }

    private static JsonObject? BioSpec(XElement study)
    {
        var bioSpec = new JsonObject();
        bioSpec.Put("retention", LegacyEnums.BioSpecRetention.Map(study.Element("biospec_retention")));
        bioSpec.Put("description", study.Textblock("biospec_descr"));
        return bioSpec;
    }

    private static JsonObject? Enrollment(XElement? enrollment)
    {
        if (XmlFields.Value(enrollment) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw enrollment!.Unknown(text);
        }

        var result = new JsonObject { ["count"] = count };
        result.Put("type", LegacyEnums.ActualOrEstimated.Map(enrollment!.Attribute("type")));
        return result;
    }

    private static JsonObject? ExpandedAccessTypes(XElement? info)
    {
        if (info is null)
        {
            return null;
        }

        return new JsonObject().Flags(
            info,
            ("individual", "expanded_access_type_individual"),
            ("intermediate", "expanded_access_type_intermediate"),
            ("treatment", "expanded_access_type_treatment"));
    }
}
