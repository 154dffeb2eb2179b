namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Which patient observations answer a criterion field: the canonical field names of the constraint extractor
/// ("platelets") mapped to LOINC codes and to the names patient readers give ("platelet count").
/// </summary>
internal static class LabFields
{
    private static readonly Dictionary<string, LabField> ByField = Build(
        ("platelets", "platelet count", "777-3|26515-7|778-1", "platelet count|platelets|platelet|plt"),
        ("ANC", "absolute neutrophil count", "751-8|26499-4", "absolute neutrophil count|anc|neutrophils"),
        ("WBC", "white blood cell count", "6690-2|26464-8", "white blood cell count|wbc|leukocytes|white blood cells"),
        ("lymphocytes", "lymphocyte count", "731-0|26474-7", "lymphocyte count|lymphocytes"),
        ("hemoglobin", "hemoglobin", "718-7", "hemoglobin|haemoglobin|hb|hgb"),
        ("hematocrit", "hematocrit", "4544-3", "hematocrit|hct"),
        ("creatinine", "serum creatinine", "2160-0|38483-4", "creatinine|serum creatinine"),
        ("creatinine clearance", "creatinine clearance", "2164-2", "creatinine clearance|crcl"),
        ("eGFR", "eGFR", "33914-3|48642-3|62238-1", "estimated glomerular filtration rate|egfr|gfr"),
        ("bilirubin", "total bilirubin", "1975-2", "total bilirubin|bilirubin"),
        ("AST", "AST", "1920-8", "aspartate aminotransferase|ast|sgot"),
        ("ALT", "ALT", "1742-6", "alanine aminotransferase|alt|sgpt"),
        ("ALP", "alkaline phosphatase", "6768-6", "alkaline phosphatase|alp"),
        ("albumin", "serum albumin", "1751-7", "albumin|serum albumin"),
        ("INR", "INR", "6301-6|34714-6", "inr"),
        ("PT", "prothrombin time", "5902-2", "prothrombin time|pt"),
        ("aPTT", "aPTT", "3173-2|14979-9", "aptt|ptt|activated partial thromboplastin time"),
        ("HbA1c", "HbA1c", "4548-4|17856-6", "hemoglobin a1c|hba1c|a1c"),
        ("glucose", "blood glucose", "2345-7|2339-0|1558-6", "glucose|fasting glucose|blood glucose"),
        ("AMH", "anti-Müllerian hormone (AMH) level", "38476-3", "amh|anti mullerian hormone|anti müllerian hormone"),
        ("AFC", "antral follicle count", "", "antral follicle count|afc"),
        ("FSH", "FSH level", "15067-2", "follicle stimulating hormone|fsh"),
        ("estradiol", "estradiol level", "2243-4", "estradiol|e2"),
        ("TSH", "TSH level", "3016-3", "thyroid stimulating hormone|tsh"),
        ("potassium", "potassium level", "2823-3", "potassium"),
        ("sodium", "sodium level", "2951-2", "sodium"),
        ("LVEF", "left ventricular ejection fraction", "10230-1|18043-0", "left ventricular ejection fraction|ejection fraction|lvef|ef"),
        ("systolic BP", "systolic blood pressure", "8480-6", "systolic blood pressure"),
        ("diastolic BP", "diastolic blood pressure", "8462-4", "diastolic blood pressure"),
        ("heart rate", "heart rate", "8867-4", "heart rate|pulse"),
        ("weight", "body weight", "29463-7", "body weight|weight"),
        ("height", "body height", "8302-2", "body height|height"),
        ("SpO2", "oxygen saturation", "59408-5|2708-6", "oxygen saturation|spo2"),
        ("CD4", "CD4 count", "24467-3", "cd4 count|cd4"),
        ("PSA", "PSA level", "2857-1", "prostate specific antigen|psa"),
        ("cholesterol", "total cholesterol", "2093-3", "total cholesterol|cholesterol"),
        ("LDL cholesterol", "LDL cholesterol", "2089-1|13457-7", "ldl cholesterol|ldl"),
        ("ferritin", "ferritin level", "2276-4", "ferritin"),
        ("temperature", "body temperature", "8310-5", "body temperature|temperature"),
        ("BMI", "body mass index", "39156-5", "body mass index|bmi"));

    /// <summary>The field's description for questions and whether an observation answers it, or null for a field not known here.</summary>
    public static LabField? Find(string field) => ByField.GetValueOrDefault(field);

    private static Dictionary<string, LabField> Build(params (string Field, string Display, string Loinc, string Names)[] rows) =>
        rows.ToDictionary(
            r => r.Field,
            r => new LabField(r.Field, r.Display, [.. r.Loinc.Split('|', StringSplitOptions.RemoveEmptyEntries)], [.. r.Names.Split('|').Select(Terms.Normalize)]),
            StringComparer.OrdinalIgnoreCase);
}

/// <summary>A laboratory field: how to ask for it, and the LOINC codes and names of the observations that answer it.</summary>
internal sealed record LabField(string Field, string Display, IReadOnlyList<string> Loinc, IReadOnlyList<string> Names)
{
    public bool Answers(Patients.PatientObservation observation) =>
        (observation.Loinc is { } code && Loinc.Contains(code, StringComparer.OrdinalIgnoreCase))
        || (observation.Name is { } name && Names.Contains(Terms.Normalize(name), StringComparer.Ordinal));
}
