namespace Trialdex.Core.Eligibility.Screening;

/// <summary>A fact still needed about the patient, with how many candidate trials it bears on.</summary>
/// <param name="Key">The fact's stable key (<see cref="MissingFact.Key"/>).</param>
/// <param name="Question">The plain question ("Is the patient pregnant?").</param>
/// <param name="Trials">How many possibly eligible trials have a criterion this fact would settle.</param>
public sealed record PatientQuestion(string Key, string Question, int Trials);
