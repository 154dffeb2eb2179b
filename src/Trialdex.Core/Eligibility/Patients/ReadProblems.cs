namespace Trialdex.Core.Eligibility.Patients;

/// <summary>Collects the problems of one read, in order.</summary>
internal sealed class ReadProblems
{
    private readonly List<PatientReadProblem> _all = [];

    public IReadOnlyList<PatientReadProblem> All => _all;

    public int ErrorCount { get; private set; }

    public void Info(string where, string message) => _all.Add(new(PatientProblemSeverity.Info, where, message));

    public void Warning(string where, string message) => _all.Add(new(PatientProblemSeverity.Warning, where, message));

    public void Error(string where, string message)
    {
        _all.Add(new(PatientProblemSeverity.Error, where, message));
        ErrorCount++;
    }

    /// <summary>A result with no patient and this one error.</summary>
    public PatientReadResult Fail(string where, string message)
    {
        Error(where, message);
        return new PatientReadResult(null, _all);
    }

    public PatientReadResult Result(Patient patient) => new(patient, _all);
}
