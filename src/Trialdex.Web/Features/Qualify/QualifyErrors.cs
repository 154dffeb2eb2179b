using Trialdex.Core.Eligibility.Patients;

namespace Trialdex.Web.Features.Qualify;

/// <summary>Problems with the form, each kept with the field it is shown next to ("age", "note", …).</summary>
public sealed class QualifyErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public int Count => _byField.Values.Sum(l => l.Count);

    public IEnumerable<(string Field, string Message)> All => _byField.SelectMany(p => p.Value.Select(m => (p.Key, m)));

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var messages) ? messages : [];

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Adds a reader's errors and warnings ("no age found") beside the field its place belongs to; infos are left out.</summary>
    public void Add(IEnumerable<PatientReadProblem> problems)
    {
        foreach (var problem in problems.Where(p => p.Severity != PatientProblemSeverity.Info))
        {
            var (field, what) = FieldOf(problem.Where);
            var message = what + problem.Message;
            Add(field, char.ToUpperInvariant(message[0]) + message[1..] + ".");
        }
    }

    /// <summary>The form field a reader's place names, and how to name the place in the message.</summary>
    private static (string Field, string What) FieldOf(string where) => where switch
    {
        _ when where.StartsWith("note", StringComparison.Ordinal) => ("note", NotePlace(where)),
        _ when where.StartsWith("$.age", StringComparison.Ordinal) => ("age", "Age: "),
        _ when where.StartsWith("$.sex", StringComparison.Ordinal) => ("sex", "Sex: "),
        _ when where.StartsWith("$.conditions", StringComparison.Ordinal) => ("conditions", "Conditions: "),
        _ when where.StartsWith("$.pregnancy.lactating", StringComparison.Ordinal) => ("breastfeeding", "Breastfeeding: "),
        _ when where.StartsWith("$.pregnancy", StringComparison.Ordinal) => ("pregnant", "Pregnancy: "),
        _ when where.StartsWith("$.performanceStatus", StringComparison.Ordinal) => ("ecog", "ECOG: "),
        _ => ("form", ""),
    };

    /// <summary>"At character 121 of the note: " for "note 120+9"; nothing for the whole note.</summary>
    private static string NotePlace(string where) =>
        where.Length > 5 && int.TryParse(where[5..].Split('+')[0], System.Globalization.CultureInfo.InvariantCulture, out var start)
            ? $"At character {start + 1} of the note: "
            : "";
}
