namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// What pre-screening knows about one patient: demographics, conditions, measurements, treatments, pregnancy,
/// performance status and location. Every fact carries its <see cref="FactSource"/>, so that a screener can say
/// which part of the note, FHIR record or JSON document made a criterion met or not. A missing fact means "not
/// known", never "no": a patient without a pregnancy fact may still be pregnant.
/// </summary>
/// <remarks>
/// The JSON shape (read by <see cref="PatientJsonReader"/>), version 1; every property is optional and null means absent:
/// <code>
/// {
///   "version": 1,
///   "asOf": "2024-06-01",                                    // the date the record is as of (age.asOf also gives it)
///   "age": { "value": 45, "unit": "years" },                 // or { "birthDate": "1979-04-02", "asOf": "2024-06-01" }
///   "sex": "female",                                         // female | male | unknown
///   "conditions": [ { "text": "hypertension", "meshId": "D006973",
///                     "codes": [ { "system": "http://snomed.info/sct", "code": "38341003", "display": "Hypertension" } ],
///                     "status": "active", "negated": false, "onset": "2019-05",
///                     "degree": "poorly controlled" } ],   // status: active | history | resolved; degree: as written, or absent
///   "observations": [ { "name": "platelet count", "loinc": "777-3", "value": 40, "unit": "x 10^9/L",
///                       "ucum": "10*9/L", "date": "2024-05-30" } ],                    // value: a number or a text
///   "medications": [ { "name": "metformin", "rxnorm": "6809", "atc": "A10BA02", "status": "active", "start": "2020" } ],
///   "procedures": [ { "name": "appendectomy", "codes": [], "date": "2011-07" } ],
///   "pregnancy": { "pregnant": "no", "lactating": "unknown", "postpartum": false, "gravida": 2, "para": 1 },
///   "performanceStatus": { "ecog": 1, "karnofsky": 80 },
///   "location": { "place": "Lyon, France", "latitude": 45.76, "longitude": 4.84 },    // searched around when a radius is given without a place
///   "healthyVolunteer": false
/// }
/// </code>
/// Dates are "yyyy", "yyyy-MM" or "yyyy-MM-dd"; age units are days, weeks, months or years; yes/no answers are
/// "yes", "no" or "unknown"; ECOG is 0 to 5, Karnofsky 0 to 100, gravida and para 0 to 99. A condition needs text,
/// meshId or codes; an observation a name or loinc, and a value; a medication a name, rxnorm or atc; a procedure a
/// name or codes. Property names are case-sensitive; unknown properties are reported and ignored. A value of the
/// wrong type is an error and its fact is left out; a list item with any error is left out whole. The file
/// tests/Trialdex.Core.Tests/Cases/Patients/example-patient.json shows every property. A location is used only to
/// find trial sites: <c>trialdex match --radius R</c> and <c>POST /api/prescreen?radius=R</c> without a place search
/// within R of it (of its coordinates when given, else of its place); an explicit place wins.
/// </remarks>
public sealed record Patient
{
    /// <summary>The version of the JSON shape this model corresponds to.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The shape version the patient was read from; always <see cref="CurrentVersion"/> today.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>
    /// The date the record describes the patient at: the patient JSON's <c>asOf</c> (or its age's), a FHIR bundle's
    /// timestamp or the date given to the reader. Time windows ("within the last 6 months") count back from it; null
    /// when not known.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The age at the time of screening, or null when unknown.</summary>
    public PatientAge? Age { get; init; }

    /// <summary>The sex, or null when nothing says it; <see cref="PatientSex.Unknown"/> when a record says it is unknown.</summary>
    public Fact<PatientSex>? Sex { get; init; }

    /// <summary>Diagnoses and findings, present, past, resolved or explicitly denied.</summary>
    public IReadOnlyList<PatientCondition> Conditions { get; init; } = [];

    /// <summary>Measured or observed values: labs, vital signs, smoking status.</summary>
    public IReadOnlyList<PatientObservation> Observations { get; init; } = [];

    /// <summary>Medicines taken now or before.</summary>
    public IReadOnlyList<PatientMedication> Medications { get; init; } = [];

    /// <summary>Operations and other procedures done.</summary>
    public IReadOnlyList<PatientProcedure> Procedures { get; init; } = [];

    /// <summary>Pregnancy and lactation, or null when nothing is known about either.</summary>
    public PatientPregnancy? Pregnancy { get; init; }

    /// <summary>ECOG and Karnofsky scores, or null when neither is known.</summary>
    public PatientPerformanceStatus? PerformanceStatus { get; init; }

    /// <summary>Where the patient lives or would be treated, or null.</summary>
    public PatientLocation? Location { get; init; }

    /// <summary>Whether the patient takes part as a healthy volunteer, or null when not said.</summary>
    public Fact<bool>? HealthyVolunteer { get; init; }
}
