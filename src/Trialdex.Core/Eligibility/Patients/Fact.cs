namespace Trialdex.Core.Eligibility.Patients;

/// <summary>A single value known about a patient, with where it was found.</summary>
/// <typeparam name="T">The kind of value: a sex, a yes/no answer, a score.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">The evidence: a note span, a FHIR resource or a JSON path.</param>
public sealed record Fact<T>(T Value, FactSource Source);
