namespace Trialdex.Core.Eligibility.Screening;

/// <summary>A fact about the patient that would settle a criterion now unknown.</summary>
/// <param name="Key">A stable key that is the same for the same fact across trials ("observation:platelets", "pregnancy").</param>
/// <param name="Question">The plain question to ask ("What is the patient's most recent platelet count?").</param>
public sealed record MissingFact(string Key, string Question);
