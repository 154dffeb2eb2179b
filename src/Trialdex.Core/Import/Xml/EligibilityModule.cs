
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps eligibility to the v2 <c>eligibilityModule</c>, computing <c>stdAges</c> from the age range as API v2 does.</summary>
internal static class EligibilityModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        if (study.Element("eligibility") is not { } eligibility)
        {
            return;
        }

        var minimum = LegacyAge.Read(eligibility.Element("minimum_age"));
        var maximum = LegacyAge.Read(eligibility.Element("maximum_age"));
        json.String("eligibilityCriteria", eligibility.Textblock("criteria"));
        json.Bool("healthyVolunteers", HealthyVolunteers(eligibility.Element("healthy_volunteers")));
        json.String("sex", LegacyEnums.Sex.Map(eligibility.Element("gender")));
        json.Bool("genderBased", eligibility.YesNo("gender_based"));
        json.String("genderDescription", eligibility.Text("gender_description"));
        json.String("minimumAge", minimum?.Text);
        json.String("maximumAge", maximum?.Text);
        json.Strings("stdAges", LegacyAge.StandardAges(minimum, maximum));
        json.String("studyPopulation", eligibility.Textblock("study_pop"));
        json.String("samplingMethod", LegacyEnums.SamplingMethod.Map(eligibility.Element("sampling_method")));
    }

    private static bool? HealthyVolunteers(RecordElement? element) => XmlFields.Value(element) switch
    {
        null => null,
        var v when v.Equals("Accepts Healthy Volunteers", StringComparison.OrdinalIgnoreCase) || v.Equals("Yes", StringComparison.OrdinalIgnoreCase) => true,
        var v when v.Equals("No", StringComparison.OrdinalIgnoreCase) => false,
        var v => throw element!.Unknown(v),
    };
}
