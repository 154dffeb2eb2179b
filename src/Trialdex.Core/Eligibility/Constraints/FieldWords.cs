namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// The fields criteria compare, each spelling with its canonical name and kind: laboratory values and vital signs
/// (Measurement), clinical scores and classes (Score) and age. Longer spellings win ("hemoglobin A1c" is HbA1c).
/// </summary>
internal static class FieldWords
{
    private static IEnumerable<(string, (string, ConstraintKind))> Build()
    {
        foreach (var (canonical, spellings) in Measurements)
        {
            foreach (var spelling in spellings.Split('|'))
            {
                yield return (spelling, (canonical, ConstraintKind.Measurement));
            }
        }

        foreach (var (canonical, spellings) in Scores)
        {
            foreach (var spelling in spellings.Split('|'))
            {
                yield return (spelling, (canonical, ConstraintKind.Score));
            }
        }

        foreach (var spelling in new[] { "age", "aged", "ages", "age at", "age at enrollment", "age at screening", "age at consent" })
        {
            yield return (spelling, ("age", ConstraintKind.Age));
        }
    }

    private static readonly (string, string)[] Measurements =
    [
        ("bone age", "bone age|skeletal age"),
        ("platelets", "platelets|platelet|platelet count|platelet counts|plt|plts|thrombocytes|thrombocyte count|blood platelets"),
        ("ANC", "anc|absolute neutrophil count|absolute neutrophils|neutrophils|neutrophil count|absolute neutrophil|neutrophil"),
        ("WBC", "wbc|white blood cell count|white blood cells|white blood cell|leukocytes|leukocyte count|white cell count|leucocytes"),
        ("lymphocytes", "lymphocytes|lymphocyte count|alc|absolute lymphocyte count"),
        ("hemoglobin", "hemoglobin|haemoglobin|hb|hgb|hemoglobin level|haemoglobin level"),
        ("hematocrit", "hematocrit|haematocrit|hct"),
        ("creatinine", "creatinine|serum creatinine|scr|plasma creatinine|creatinine level"),
        ("creatinine clearance", "creatinine clearance|crcl|clcr|cockcroft-gault"),
        ("eGFR", "egfr|gfr|estimated glomerular filtration rate|glomerular filtration rate|estimated gfr"),
        ("bilirubin", "bilirubin|total bilirubin|serum bilirubin|tbil|t. bili|total serum bilirubin"),
        ("direct bilirubin", "direct bilirubin|conjugated bilirubin"),
        ("AST", "ast|sgot|aspartate aminotransferase|aspartate transaminase"),
        ("ALT", "alt|sgpt|alanine aminotransferase|alanine transaminase"),
        ("transaminases", "transaminases|liver enzymes|ast/alt|alt/ast|ast and alt|alt and ast|ast or alt|alt or ast|aminotransferases"),
        ("ALP", "alkaline phosphatase|alp"),
        ("albumin", "albumin|serum albumin"),
        ("INR", "inr|international normalized ratio|international normalised ratio"),
        ("PT", "pt|prothrombin time"),
        ("aPTT", "aptt|ptt|activated partial thromboplastin time|partial thromboplastin time|appt"),
        ("HbA1c", "hba1c|a1c|hemoglobin a1c|haemoglobin a1c|glycated hemoglobin|glycosylated hemoglobin|hgba1c|glycated haemoglobin|hb a1c|hba1"),
        ("glucose", "glucose|fasting glucose|fasting plasma glucose|fpg|blood glucose|blood sugar|fasting blood glucose|fbg"),
        ("AMH", "amh|anti-mullerian hormone|anti-müllerian hormone|antimullerian hormone"),
        ("AFC", "afc|antral follicle count"),
        ("FSH", "fsh|follicle stimulating hormone|follicle-stimulating hormone"),
        ("LH", "lh|luteinizing hormone"),
        ("estradiol", "estradiol|e2"),
        ("TSH", "tsh|thyroid stimulating hormone"),
        ("potassium", "potassium|serum potassium"),
        ("sodium", "sodium|serum sodium"),
        ("calcium", "calcium|serum calcium"),
        ("magnesium", "magnesium"),
        ("LVEF", "lvef|ejection fraction|left ventricular ejection fraction|ef"),
        ("QTc", "qtc|qtcf|qtcb|qt interval|corrected qt|qtc interval"),
        ("systolic BP", "systolic blood pressure|sbp|systolic bp|systolic"),
        ("diastolic BP", "diastolic blood pressure|dbp|diastolic bp|diastolic"),
        ("blood pressure", "blood pressure|bp"),
        ("heart rate", "heart rate|pulse|pulse rate|resting heart rate"),
        ("weight", "weight|body weight|weigh|weighing"),
        ("height", "height"),
        ("SpO2", "spo2|oxygen saturation|sao2|o2 saturation"),
        ("CD4", "cd4|cd4 count|cd4+|cd4 cell count|cd4+ t-cell count"),
        ("viral load", "viral load|hiv rna|hiv-1 rna"),
        ("PSA", "psa|prostate specific antigen|prostate-specific antigen"),
        ("testosterone", "testosterone|serum testosterone"),
        ("cholesterol", "cholesterol|total cholesterol"),
        ("LDL cholesterol", "ldl|ldl-c|ldl cholesterol|low-density lipoprotein cholesterol"),
        ("HDL cholesterol", "hdl|hdl-c|hdl cholesterol"),
        ("triglycerides", "triglycerides|triglyceride|tg"),
        ("uric acid", "uric acid|serum uric acid"),
        ("lipase", "lipase"),
        ("amylase", "amylase"),
        ("CRP", "crp|c-reactive protein|hs-crp"),
        ("troponin", "troponin"),
        ("FEV1", "fev1|forced expiratory volume"),
        ("FVC", "fvc|forced vital capacity"),
        ("temperature", "temperature|body temperature"),
        ("ferritin", "ferritin"),
        ("vitamin D", "vitamin d|25-hydroxyvitamin d|25(oh)d|25-oh vitamin d"),
        ("waist circumference", "waist circumference"),
        ("proteinuria", "proteinuria|urine protein"),
    ];

    private static readonly (string, string)[] Scores =
    [
        ("ECOG", "ecog|ecog performance status|ecog ps|who performance status|zubrod|ecog-ps|ecog score"),
        ("Karnofsky", "karnofsky|karnofsky performance status|kps|karnofsky performance score|karnofsky score|karnofsky index"),
        ("Lansky", "lansky|lansky performance status"),
        ("NYHA", "nyha|new york heart association|nyha class|nyha classification|nyha functional class"),
        ("BMI", "bmi|body mass index|body-mass index|body mass index (bmi)"),
        ("Child-Pugh", "child-pugh|child pugh|child-turcotte-pugh|ctp|child-pugh score|child-pugh class"),
        ("MELD", "meld|meld score|meld-na"),
        ("ASA", "asa|asa physical status|american society of anesthesiologists"),
        ("GCS", "gcs|glasgow coma scale|glasgow coma score"),
        ("MMSE", "mmse|mini-mental state examination|mini mental state examination"),
        ("MoCA", "moca|montreal cognitive assessment"),
        ("EDSS", "edss|expanded disability status scale"),
        ("NIHSS", "nihss|nih stroke scale"),
        ("HAM-D", "ham-d|hamd|hdrs|hamilton depression rating scale"),
        ("MADRS", "madrs"),
        ("PHQ-9", "phq-9|phq9"),
        ("GAD-7", "gad-7|gad7"),
        ("APACHE II", "apache ii|apache"),
        ("SOFA", "sofa|sofa score"),
        ("Gleason", "gleason|gleason score"),
        ("mRS", "mrs|modified rankin scale|modified rankin score"),
    ];

    // Declared after the lists they read: static initialisers run in text order.
    public static PhraseTable<(string Field, ConstraintKind Kind)> Table { get; } = new(Build());

    /// <summary>
    /// The words a score's spelling starts with: a token that is none of them starts no score, so scanners looking
    /// for scores alone look it up no further (they run at every token, and most words start some field).
    /// </summary>
    public static WordSet ScoreFirstTokens { get; } = FirstTokens(Scores);

    private static WordSet FirstTokens((string, string)[] fields)
    {
        var words = new WordSet();
        foreach (var (_, spellings) in fields)
        {
            foreach (var spelling in spellings.Split('|'))
            {
                words.Add(Tokenizer.Tokenize(spelling)[0].Text);
            }
        }

        return words;
    }
}
