using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Reads a patient from a free-text clinical note such as "A 45-year-old woman with a history of hypertension who
/// denies smoking, diabetes or asthma. Platelets 40 x 10^9/L." Finds the age, the sex, conditions (with negation
/// and history, to the end of the clause), measured values with units, pregnancy and lactation, smoking, ECOG and
/// Karnofsky scores, and healthy-volunteer status. Every fact cites the exact span of the note as a
/// <see cref="NoteSource"/>. Deterministic, offline and linear in the length of the note; never throws on any text.
/// </summary>
public static class ClinicalNoteReader
{
    private const string SmokingName = "tobacco smoking status";
    private const double YoungestPregnancyYears = 10;

    /// <summary>Reads one note.</summary>
    /// <param name="note">The note text.</param>
    /// <param name="vocabulary">
    /// When given, conditions are every MeSH condition term (disease, mental disorder, behavioural symptom: <see cref="Vocabulary.MeshTreeNumber.IsCondition"/>) found in the note, the
    /// longest at each word, besides the built-in list of common conditions and their acronyms; without it, only
    /// the built-in list is used.
    /// </param>
    public static PatientReadResult Read(string? note, MeshVocabulary? vocabulary = null)
    {
        var problems = new ReadProblems();
        if (string.IsNullOrWhiteSpace(note))
        {
            return problems.Fail("note", "the note is empty");
        }

        var text = new NoteText(note);
        var parts = new PatientParts { Age = NoteDemographics.Age(note), Sex = NoteDemographics.Sex(note) };
        var scanner = new NoteClauseScanner(text, vocabulary, parts);
        scanner.Scan();
        NotePregnancyWords.Scan(note, parts);
        NoteMeasurements.Scan(text, parts);
        NotePerformanceStatus.Scan(note, parts);
        AddSmoking(scanner.Smoking, parts);
        NoteTimes.Attach(note, parts);
        KeepFirstOfEachCondition(parts.Conditions);
        DropPregnancyThatCannotBeTheirs(parts, problems);
        if (parts.Age is null)
        {
            problems.Warning("note", "no age found");
        }

        if (parts.Sex is null)
        {
            problems.Warning("note", "no sex found");
        }

        return problems.Result(parts.Build());
    }

    // The first mention that says current, former or never, or else the first mention.
    private static void AddSmoking(IReadOnlyList<(string Value, TextSpan Span)> mentions, PatientParts parts)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var (value, span) = mentions.FirstOrDefault(m => m.Value is "current smoker" or "former smoker" or "never smoker", mentions[0]);
        parts.Observations.Add(new PatientObservation(new NoteSource(span)) { Name = SmokingName, Loinc = PatientObservation.SmokingStatusLoinc, ValueText = value });
        parts.Observations.Sort((a, b) => Start(a.Source).CompareTo(Start(b.Source)));
    }

    // A condition said twice the same way is one fact, cited where first said.
    private static void KeepFirstOfEachCondition(List<PatientCondition> conditions)
    {
        var seen = new HashSet<(string, ConditionStatus, bool)>();
        conditions.RemoveAll(c => !seen.Add((c.MeshId ?? MeshVocabulary.Normalize(c.Text ?? ""), c.Status, c.Negated)));
    }

    // "His wife is pregnant", "born at 34 weeks of gestation": pregnancy words in a note about a man or a child.
    private static void DropPregnancyThatCannotBeTheirs(PatientParts parts, ReadProblems problems)
    {
        var male = parts.Sex?.Value == PatientSex.Male;
        var child = parts.Age is { Years: < YoungestPregnancyYears };
        if ((male || child) && parts.Pregnancy != new PatientPregnancy())
        {
            parts.Pregnancy = new PatientPregnancy();
            problems.Info("note", male ? "pregnancy words ignored for a male patient" : "pregnancy words ignored for a child");
        }
    }

    private static int Start(FactSource source) => source is NoteSource note ? note.Span.Start : 0;
}
