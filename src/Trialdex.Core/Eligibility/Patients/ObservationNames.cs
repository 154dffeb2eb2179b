namespace Trialdex.Core.Eligibility.Patients;

/// <summary>What a measurement name in a note stands for.</summary>
/// <param name="Name">The name the observation gets ("platelet count").</param>
/// <param name="Loinc">Its LOINC code, or null.</param>
/// <param name="DefaultUcum">The UCUM unit to assume when the note writes none, only where there is no doubt (BMI, heart rate), or null.</param>
/// <param name="NeedsUnit">True when a number without a unit is not this measurement ("fever" alone, "weight").</param>
internal sealed record ObservationName(string Name, string? Loinc, string? DefaultUcum = null, bool NeedsUnit = false)
{
    /// <summary>Blood pressure: a "150/95" value gives a systolic and a diastolic observation.</summary>
    public bool IsBloodPressure => Loinc is null && Name == "blood pressure";
}

/// <summary>The measurement names the clinical note reader knows, with their LOINC codes.</summary>
internal static class ObservationNames
{
    public static ObservationName Systolic { get; } = new("systolic blood pressure", "8480-6", "mm[Hg]");

    public static ObservationName Diastolic { get; } = new("diastolic blood pressure", "8462-4", "mm[Hg]");

    public static NoteTermTable<ObservationName> Terms { get; } = new NoteTermTable<ObservationName>()
        .Add("blood pressure;BP;arterial pressure", new("blood pressure", null, "mm[Hg]"))
        .Add("systolic blood pressure;systolic pressure;SBP", Systolic)
        .Add("diastolic blood pressure;diastolic pressure;DBP", Diastolic)
        .Add("heart rate;pulse;pulse rate;HR", new("heart rate", "8867-4", "/min"))
        .Add("respiratory rate;respiration rate;RR", new("respiratory rate", "9279-1", "/min"))
        .Add("temperature;temp;body temperature", new("body temperature", "8310-5"))
        .Add("fever;febrile", new("body temperature", "8310-5", NeedsUnit: true))
        .Add("oxygen saturation;O2 saturation;O2 sat;SpO2;SaO2", new("oxygen saturation", "59408-5", "%"))
        .Add("BMI;body mass index", new("body mass index", "39156-5", "kg/m2"))
        .Add("weight;body weight;weighs;weighing", new("body weight", "29463-7", NeedsUnit: true))
        .Add("height", new("body height", "8302-2", NeedsUnit: true))
        .Add("HbA1c;Hb A1c;A1c;A1C;hemoglobin A1c;haemoglobin A1c;glycated hemoglobin;glycosylated hemoglobin;HgbA1c;HbA1C", new("hemoglobin A1c", "4548-4"))
        .Add("hemoglobin;haemoglobin;Hb;Hgb;HGB", new("hemoglobin", "718-7"))
        .Add("platelets;platelet count;platelet;PLT;Plt", new("platelet count", "777-3"))
        .Add("white blood cell count;white blood cells;white cell count;WBC;WBC count;leukocyte count;leukocytes", new("white blood cell count", "6690-2"))
        .Add("absolute neutrophil count;ANC", new("absolute neutrophil count", "751-8"))
        .Add("creatinine;serum creatinine;Cr", new("creatinine", "2160-0"))
        .Add("glucose;blood glucose;blood sugar;serum glucose", new("glucose", "2345-7"))
        .Add("fasting glucose;fasting blood glucose;fasting blood sugar;fasting plasma glucose;FBG;FPG", new("fasting glucose", "1558-6"))
        .Add("sodium;Na", new("sodium", "2951-2"))
        .Add("potassium", new("potassium", "2823-3"))
        .Add("ALT;alanine aminotransferase;SGPT", new("alanine aminotransferase", "1742-6"))
        .Add("AST;aspartate aminotransferase;SGOT", new("aspartate aminotransferase", "1920-8"))
        .Add("bilirubin;total bilirubin", new("total bilirubin", "1975-2"))
        .Add("albumin;serum albumin", new("albumin", "1751-7"))
        .Add("INR", new("INR", "6301-6"))
        .Add("TSH", new("thyroid stimulating hormone", "3016-3"))
        .Add("LDL;LDL cholesterol", new("LDL cholesterol", "2089-1"))
        .Add("total cholesterol;cholesterol", new("total cholesterol", "2093-3"))
        .Add("ejection fraction;EF;LVEF", new("left ventricular ejection fraction", "10230-1"))
        .Add("eGFR;GFR", new("estimated glomerular filtration rate", null))
        .Add("FSH;follicle stimulating hormone", new("follicle stimulating hormone", "15067-2"))
        .Add("estradiol;E2", new("estradiol", "2243-4"))
        .Add("PSA", new("prostate specific antigen", "2857-1"))
        .Add("ferritin", new("ferritin", "2276-4"))
        .Add("CD4;CD4 count", new("CD4 count", "24467-3"));
}
