using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>A patient fact a verdict rests on, described for a person, with where the patient's input states it.</summary>
/// <param name="Fact">The fact as compared ("platelet count 40 x10^9/L", "sex female", "age 45 Years").</param>
/// <param name="Source">The note span, FHIR resource or JSON path of the fact.</param>
public sealed record ScreeningEvidence(string Fact, FactSource Source);
