namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// What a patient reader made of its input: the patient, or null when the input is not a patient at all (not JSON,
/// not a FHIR bundle, an empty note), and every problem met on the way. Facts with an error are left out of the
/// patient, so a result with errors describes the patient incompletely.
/// </summary>
/// <param name="Patient">The patient read, or null.</param>
/// <param name="Problems">The problems, in input order.</param>
public sealed record PatientReadResult(Patient? Patient, IReadOnlyList<PatientReadProblem> Problems)
{
    /// <summary>True when a problem of severity <see cref="PatientProblemSeverity.Error"/> was met.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == PatientProblemSeverity.Error);
}

/// <summary>Something a reader could not read, or read with a doubt.</summary>
/// <param name="Severity">How much the problem matters.</param>
/// <param name="Where">
/// The place: a JSON path ("$.conditions[2].status"), a FHIR resource ("Condition/c7", "Observation (entry 4)")
/// or a note position ("note 120+9"). It never quotes the patient's text.
/// </param>
/// <param name="Message">What is wrong, as in "expected a number, found a string".</param>
public sealed record PatientReadProblem(PatientProblemSeverity Severity, string Where, string Message)
{
    /// <summary>"error $.age.value: expected a number, found a string".</summary>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Where}: {Message}";
}

/// <summary>How much a reading problem matters.</summary>
public enum PatientProblemSeverity
{
    /// <summary>Something was ignored on purpose, such as an unknown JSON property or an unsupported FHIR resource.</summary>
    Info,

    /// <summary>Something was read with a doubt or left out, such as an observation without a value.</summary>
    Warning,

    /// <summary>A fact could not be read and is missing from the patient, or the input is not a patient.</summary>
    Error,
}
