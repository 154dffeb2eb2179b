using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps eligibility to the v2 <c>eligibilityModule</c>, computing <c>stdAges</c> from the age range as API v2 does.</summary>
internal static class EligibilityModule
{
    public static JsonObject? Map(XElement study)
    {
        if (study.Element("eligibility") is not { } eligibility)
        {
            return null;
        }

        var minimum = LegacyAge.Read(eligibility.Element("minimum_age"));
        var maximum = LegacyAge.Read(eligibility.Element("maximum_age"));
        var module = new JsonObject();
        module.Put("eligibilityCriteria", eligibility.Textblock("criteria"));
        module.Put("healthyVolunteers", HealthyVolunteers(eligibility.Element("healthy_volunteers")));
        module.Put("sex", LegacyEnums.Sex.Map(eligibility.Element("gender")));
        module.Put("genderBased", eligibility.YesNo("gender_based"));
        module.Put("genderDescription", eligibility.Text("gender_description"));
        module.Put("minimumAge", minimum?.Text);
        module.Put("maximumAge", maximum?.Text);
        module.Put("stdAges", JsonFields.Strings(LegacyAge.StandardAges(minimum, maximum)));
        module.Put("studyPopulation", eligibility.Textblock("study_pop"));
        module.Put("samplingMethod", LegacyEnums.SamplingMethod.Map(eligibility.Element("sampling_method")));
        return module;
    }

    private static bool? HealthyVolunteers(XElement? element) => XmlFields.Value(element) switch
    {
        null => null,
        var v when v.Equals("Accepts Healthy Volunteers", StringComparison.OrdinalIgnoreCase) || v.Equals("Yes", StringComparison.OrdinalIgnoreCase) => true,
        var v when v.Equals("No", StringComparison.OrdinalIgnoreCase) => false,
        var v => throw element!.Unknown(v),
    };
}
