namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// The analyte conversions the unit vocabulary cannot know, a small table of our own. Molar masses are the ones
/// clinical laboratories use for their conventional factors: creatinine 113.12 g/mol (1 mg/dL = 88.4 µmol/L),
/// bilirubin 584.66 g/mol (1 mg/dL = 17.1 µmol/L), glucose 180.16 g/mol (1 mg/dL = 0.0555 mmol/L), cholesterol
/// 386.65 g/mol (1 mg/dL = 0.02586 mmol/L), triglycerides as triolein 885.7 g/mol (1 mg/dL = 0.01129 mmol/L),
/// uric acid 168.11 g/mol (1 mg/dL = 59.48 µmol/L), calcium 40.08 g/mol (1 mg/dL = 0.2495 mmol/L).
/// HbA1c converts between the IFCC unit (mmol/mol) and the NGSP/DCCT percentage by the master equation
/// NGSP % = 0.09148 × IFCC + 2.152.
/// </summary>
internal static class Analytes
{
    public const string HbA1c = "HbA1c";

    private const double NgspSlope = 0.09148;
    private const double NgspIntercept = 2.152;

    private static readonly Dictionary<string, Analyte> ByField = new(StringComparer.OrdinalIgnoreCase)
    {
        ["creatinine"] = new("creatinine", "umol/L", 113.12),
        ["bilirubin"] = new("bilirubin", "umol/L", 584.66),
        ["glucose"] = new("glucose", "mmol/L", 180.16),
        ["cholesterol"] = new("cholesterol", "mmol/L", 386.65),
        ["LDL cholesterol"] = new("LDL cholesterol", "mmol/L", 386.65),
        ["HDL cholesterol"] = new("HDL cholesterol", "mmol/L", 386.65),
        ["triglycerides"] = new("triglycerides", "mmol/L", 885.7),
        ["uric acid"] = new("uric acid", "umol/L", 168.11),
        ["calcium"] = new("calcium", "mmol/L", 40.08),
        ["hemoglobin"] = new("hemoglobin", "g/L", null),
        ["albumin"] = new("albumin", "g/L", null),
        [HbA1c] = new(HbA1c, "%", null),
    };

    /// <summary>The analyte of a canonical field name, or null.</summary>
    public static Analyte? Find(string? field) => field is null ? null : ByField.GetValueOrDefault(field);

    /// <summary>Converts an HbA1c value between "%" (NGSP) and "mmol/mol" (IFCC); false for any other pair.</summary>
    public static bool TryConvertHbA1c(double value, string fromCode, string toCode, out double result)
    {
        result = value;
        if (fromCode == toCode)
        {
            return fromCode is "%" or "mmol/mol";
        }

        if (fromCode == "mmol/mol" && toCode == "%")
        {
            result = (NgspSlope * value) + NgspIntercept;
            return true;
        }

        if (fromCode == "%" && toCode == "mmol/mol")
        {
            result = (value - NgspIntercept) / NgspSlope;
            return true;
        }

        return false;
    }
}
