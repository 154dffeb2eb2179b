using System.Globalization;

namespace Trialdex.Tests;

/// <summary>Small patients for the match and prescreen tests (invented here; no real person).</summary>
internal static class TestPatients
{
    /// <summary>A street address no gazetteer or trial site holds, to catch it in any output or log.</summary>
    public const string Street = "12 Wimbleton Crescent";

    /// <summary>
    /// The patient JSON of a 38-year-old man with active hepatitis B cirrhosis, not pregnant, with
    /// <paramref name="location"/> as its <c>location</c> object (for example <c>{ "place": "Chongqing, China" }</c>) when given.
    /// </summary>
    public static string CirrhosisJson(string? location = null) => $$"""
        { "version": 1, "age": { "value": 38, "unit": "years" }, "sex": "male",
          "conditions": [ { "text": "hepatitis B cirrhosis", "status": "active" } ],
          "pregnancy": { "pregnant": "no", "lactating": "no" }{{(location is null ? "" : ",\n  \"location\": " + location)}} }
        """;

    /// <summary>A FHIR R4 Bundle of a man born 1986-03-10 with active hepatitis B cirrhosis since 2017, platelets 92 ×10⁹/L, living in <paramref name="city"/>.</summary>
    public static string CirrhosisBundle(string city = "Chongqing", string country = "China") =>
        FhirBundle("male", "1986-03-10", "hepatitis B cirrhosis", 92, city, country);

    /// <summary>A FHIR R4 Bundle of a woman born 1990-01-20 with intrauterine adhesions and platelets 45 ×10⁹/L (below the adhesion trial's 50).</summary>
    public static string AdhesionBundle() => FhirBundle("female", "1990-01-20", "intrauterine adhesions", 45, "Chongqing", "China");

    /// <summary>
    /// A FHIR R4 collection Bundle as of 2024-06-01: Patient p1 (living at <see cref="Street"/> in <paramref name="city"/>),
    /// Condition c1 (active, since 2017-02), Observation o1 (platelets, LOINC 777-3, UCUM 10*9/L), MedicationStatement m1
    /// (entecavir) and Procedure pr1 (upper endoscopy).
    /// </summary>
    public static string FhirBundle(string gender, string birthDate, string condition, decimal platelets, string city, string country) => $$"""
        {
          "resourceType": "Bundle",
          "type": "collection",
          "timestamp": "2024-06-01T08:00:00Z",
          "entry": [
            { "resource": { "resourceType": "Patient", "id": "p1", "gender": "{{gender}}", "birthDate": "{{birthDate}}",
                "address": [ { "line": [ "{{Street}}" ], "city": "{{city}}", "country": "{{country}}" } ] } },
            { "resource": { "resourceType": "Condition", "id": "c1",
                "clinicalStatus": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active" } ] },
                "code": { "text": "{{condition}}" }, "subject": { "reference": "Patient/p1" }, "onsetDateTime": "2017-02" } },
            { "resource": { "resourceType": "Observation", "id": "o1", "status": "final",
                "code": { "coding": [ { "system": "http://loinc.org", "code": "777-3", "display": "Platelets [#/volume] in Blood by Automated count" } ] },
                "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2024-05-28",
                "valueQuantity": { "value": {{platelets.ToString(CultureInfo.InvariantCulture)}}, "unit": "10^9/L", "system": "http://unitsofmeasure.org", "code": "10*9/L" } } },
            { "resource": { "resourceType": "MedicationStatement", "id": "m1", "status": "active",
                "medicationCodeableConcept": { "text": "entecavir" }, "subject": { "reference": "Patient/p1" } } },
            { "resource": { "resourceType": "Procedure", "id": "pr1", "status": "completed",
                "code": { "text": "upper gastrointestinal endoscopy" }, "subject": { "reference": "Patient/p1" }, "performedDateTime": "2023-11-02" } }
          ]
        }
        """;
}
