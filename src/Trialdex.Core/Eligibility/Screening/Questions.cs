namespace Trialdex.Core.Eligibility.Screening;

/// <summary>The missing facts a screener asks for, each with its stable key and plain question.</summary>
internal static class Questions
{
    public static MissingFact Age { get; } = new("age", "How old is the patient?");

    public static MissingFact Sex { get; } = new("sex", "What is the patient's sex?");

    public static MissingFact Pregnancy { get; } = new("pregnancy", "Is the patient pregnant?");

    public static MissingFact Lactation { get; } = new("lactation", "Is the patient breastfeeding?");

    public static MissingFact HealthyVolunteer { get; } = new("healthy-volunteer", "Is the patient a healthy volunteer (no condition under study)?");

    public static MissingFact Ecog { get; } = new("score:ECOG", "What is the patient's ECOG performance status (0-5)?");

    public static MissingFact Karnofsky { get; } = new("score:Karnofsky", "What is the patient's Karnofsky performance score (0-100)?");

    public static MissingFact Observation(string field, string display) =>
        new("observation:" + field.ToLowerInvariant(), $"What is the patient's most recent {display}?");

    public static MissingFact UpperLimit(string field, string display) =>
        new("uln:" + field.ToLowerInvariant(), $"What is the patient's most recent {display}, and the upper limit of normal of the laboratory that measured it?");

    public static MissingFact Score(string field) => new("score:" + field, $"What is the patient's {field} score or class?");

    /// <summary>
    /// A MeSH heading in the order people say it: "Pulmonary Disease, Chronic Obstructive" → "Chronic Obstructive
    /// Pulmonary Disease", "Diabetes Mellitus, Type 2" → "Type 2 Diabetes Mellitus"; other names as they are.
    /// </summary>
    public static string Display(string name)
    {
        if (!name.Contains(", ", StringComparison.Ordinal) || name.Contains(" and ", StringComparison.Ordinal) || name.Contains('('))
        {
            return name;
        }

        var parts = name.Split(", ");
        Array.Reverse(parts);
        return string.Join(' ', parts);
    }

    public static MissingFact Condition(string text) =>
        new("condition:" + Terms.Normalize(text), $"Does the patient have {Display(text)}?");

    public static MissingFact FamilyHistory(string text) =>
        new("family:" + Terms.Normalize(text), $"Does the patient's family have a history of {Display(text)}?");

    public static MissingFact Medication(string text) =>
        new("medication:" + Terms.Normalize(text), $"Does the patient take, or has the patient taken, {Display(text)}?");

    public static MissingFact Procedure(string text) =>
        new("procedure:" + Terms.Normalize(text), $"Has the patient had {Display(text)}?");
}
