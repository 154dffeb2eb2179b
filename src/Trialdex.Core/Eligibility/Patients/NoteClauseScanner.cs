using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Reads a note word by word, taking at each word the longest phrase known to the built-in table or the MeSH
/// vocabulary, and keeping per clause whether a negation, history or family trigger is in force. Conditions,
/// treatments, smoking, pregnancy, lactation and healthy-volunteer words become facts; one pass, so linear in the note length.
/// </summary>
internal sealed class NoteClauseScanner(NoteText note, MeshVocabulary? vocabulary, PatientParts parts)
{
    private const int LongestVocabularyTerm = 8;
    private const int LongestQuotedScope = 60;

    private static readonly HashSet<string> DurationUnits = ["yr", "yrs", "year", "years", "month", "months", "mo", "week", "weeks", "wk", "day", "days", "decade", "decades"];
    private static readonly HashSet<string> CountWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "few"];
    private static readonly HashSet<string> OngoingWords = ["long", "longstanding", "standing", "lifelong", "chronic", "known"];

    private readonly List<(string Value, TextSpan Span)> _smoking = [];
    private ClauseState _state = new(-1);
    private int _medicalHistorySentence = -1;

    /// <summary>The smoking mentions found, each with the status it states.</summary>
    public IReadOnlyList<(string Value, TextSpan Span)> Smoking => _smoking;

    public void Scan()
    {
        var words = note.Words;
        for (var i = 0; i < words.Count;)
        {
            if (words[i].Clause != _state.Clause)
            {
                // The past medical history ends with its sentence, or where the note goes on to something else
                // ("PMH of HTN who presented with …"); "… is remarkable for HTN; DM" goes on listing it.
                if (words[i].Sentence != _medicalHistorySentence || (note.IsClauseStarter(i) && words[i].Key != "remarkable"))
                {
                    _medicalHistorySentence = -1;
                }

                _state = new ClauseState(words[i].Clause) { FirstCondition = parts.Conditions.Count };
            }
            else if (words[i].AfterBracket)
            {
                _state.NegatedFrom = null;
            }

            var (phrase, length) = NotePhrases.Terms.Match(note, i);
            var (descriptor, meshLength) = vocabulary is null ? (null, 0) : NoteMeshMatcher.Mesh(note, i, vocabulary, LongestVocabularyTerm);
            if (descriptor is not null && (meshLength > length || (meshLength == length && phrase!.Kind == NotePhraseKind.Condition)))
            {
                AddCondition(i, meshLength, descriptor.Id, descriptor.Name);
                if (OrganNeoplasm(i, descriptor) is { } organ)
                {
                    AddCondition(i - 1, meshLength + 1, organ.Id, organ.Name);
                }

                i += meshLength;
            }
            else if (phrase is not null)
            {
                Apply(phrase, i, length);
                i += length;
            }
            else
            {
                i++;
            }
        }
    }

    private void Apply(NotePhrase phrase, int first, int length)
    {
        var span = Scoped(first, first + length - 1);
        var start = note.Words[first].Start;
        switch (phrase.Kind)
        {
            case NotePhraseKind.Negation:
                _state.NegatedFrom ??= start;
                _state.LastNegationWord = first + length - 1;
                break;
            case NotePhraseKind.NegationAfter:
                ChangeClauseConditions(c => c with { Negated = true, Source = Extended(c.Source, first + length - 1) });
                _state.NegatedFrom ??= start;
                break;
            case NotePhraseKind.NegationOfPrevious when _state.LastConditionEnd == first - 1 && _state.LastCondition >= 0:
                var previous = parts.Conditions[_state.LastCondition];
                parts.Conditions[_state.LastCondition] = previous with { Negated = true, Source = Extended(previous.Source, first + length - 1) };
                break;
            case NotePhraseKind.History when !AfterDuration(first):
                _state.HistoryFrom ??= start;
                break;
            case NotePhraseKind.MedicalHistory:
                // Its list runs to the end of the sentence, across "… is remarkable for …" and semicolons.
                _state.HistoryFrom ??= start;
                _medicalHistorySentence = note.Words[first].Sentence;
                break;
            case NotePhraseKind.Family:
                _state.Family = true;
                break;
            case NotePhraseKind.Relative when first == 0 || note.Words[first - 1].Clause != note.Words[first].Clause:
                _state.Family = true;
                break;
            case NotePhraseKind.Planned:
                _state.Planned = true;
                break;
            case NotePhraseKind.ResolvedAfter:
                ChangeClauseConditions(c => c with { Status = ConditionStatus.Resolved });
                break;
            case NotePhraseKind.Condition:
                AddCondition(first, length, phrase.MeshId, phrase.MeshName);
                break;
            case NotePhraseKind.Smoking when !_state.Family:
                var smoking = _state.IsNegated ? NegatedSmoking(phrase.Value!) : phrase.Value!;
                _smoking.Add((smoking, smoking == phrase.Value ? note.Span(first, first + length - 1) : span));
                break;
            case NotePhraseKind.Pregnant when phrase.Value is null && _state.LastNegationWord != first - 1:
                break;
            case NotePhraseKind.Pregnant or NotePhraseKind.Postpartum or NotePhraseKind.Lactating when !_state.Family:
                NotePregnancyWords.Apply(phrase, _state.IsNegated, new NoteSource(span), parts);
                break;
            case NotePhraseKind.Treatment when !_state.Family && !_state.IsNegated && !_state.Planned:
                AddTreatment(phrase.Value!, span);
                break;
            case NotePhraseKind.HealthyVolunteer:
                parts.HealthyVolunteer ??= new Fact<bool>(!_state.IsNegated, new NoteSource(span));
                break;
        }
    }

    /// <summary>
    /// True when "history" at word <paramref name="first"/> follows how long it has lasted — "a 5 yr history of",
    /// "10-year history of", "long-standing history of" — or "known": the patient has the condition, and has had it
    /// that long; it is not over.
    /// </summary>
    private bool AfterDuration(int first)
    {
        var words = note.Words;
        if (first < 1 || words[first].Key != "history" || words[first - 1].Clause != words[first].Clause)
        {
            return false;
        }

        var before = words[first - 1].Key;
        return OngoingWords.Contains(before)
            || (first >= 2 && DurationUnits.Contains(before) && words[first - 2].Clause == words[first].Clause && IsCount(words[first - 2].Key));
    }

    private static bool IsCount(string key) => key.All(char.IsAsciiDigit) || CountWords.Contains(key);

    /// <summary>
    /// The organ's neoplasm a kind of tumour at word <paramref name="first"/> is named with when MeSH has no term for
    /// the two together: "pancreatic adenocarcinoma" is also a pancreatic cancer (Pancreatic Neoplasms), "lung
    /// carcinoma" a lung cancer. Null when the word before is no organ MeSH has a cancer term for.
    /// </summary>
    private MeshDescriptor? OrganNeoplasm(int first, MeshDescriptor tumour)
    {
        if (first < 1 || !note.IsPhrase(first - 1, first) || !tumour.TreeNumbers.Any(MeshTreeNumber.IsNeoplasm))
        {
            return null;
        }

        var organ = note.Words[first - 1].Key;
        return new[] { organ + " cancer", organ + " neoplasm" }
            .SelectMany(vocabulary!.FindByTerm)
            .FirstOrDefault(d => d.Id != tumour.Id && d.TreeNumbers.Any(MeshTreeNumber.IsNeoplasm));
    }

    private void AddCondition(int first, int length, string? meshId, string? meshName)
    {
        if (_state.Family)
        {
            return;
        }

        // "Negative for obstructive pancreatitis" denies that kind of it, not pancreatitis: nothing is read.
        if (_state.IsNegated && first > 0 && note.Words[first - 1].Clause == note.Words[first].Clause
            && _state.LastNegationWord != first - 1 && Constraints.Severity.IsKind(note.Slice(first - 1, first - 1)))
        {
            return;
        }

        _state.LastCondition = parts.Conditions.Count;
        _state.LastConditionEnd = first + length - 1;

        // "Poorly controlled diabetes", "severe asthma": the degree is kept beside the name, for criteria that ask it.
        var clause = note.Words[first].Clause;
        var medicalHistory = note.Words[first].Sentence == _medicalHistorySentence;
        var degree = Constraints.Severity.DegreeWordsBefore(Enumerable.Range(0, first).Reverse().TakeWhile(i => note.Words[i].Clause == clause).Select(i => note.Words[i].Key));
        parts.Conditions.Add(new PatientCondition(new NoteSource(Scoped(first - degree, first + length - 1)))
        {
            Text = note.Slice(first, first + length - 1),
            Degree = degree > 0 ? note.Slice(first - degree, first - 1) : null,
            MeshId = meshId is { Length: > 0 } ? meshId : null,
            MeshName = meshName,
            Status = _state.HistoryFrom is null && !medicalHistory ? ConditionStatus.Active : ConditionStatus.History,
            Negated = _state.IsNegated,
            PastMedicalHistory = medicalHistory,
        });
    }

    // A treatment class is one fact, cited where first named: "R-CHOP … then cyclophosphamide" is chemotherapy once.
    private void AddTreatment(string treatmentClass, TextSpan span)
    {
        if (NoteTreatments.IsMedication(treatmentClass))
        {
            if (!parts.Medications.Any(m => m.Name == treatmentClass))
            {
                parts.Medications.Add(new PatientMedication(new NoteSource(span)) { Name = treatmentClass });
            }
        }
        else if (!parts.Procedures.Any(p => p.Name == treatmentClass))
        {
            parts.Procedures.Add(new PatientProcedure(new NoteSource(span)) { Name = treatmentClass });
        }
    }

    /// <summary>
    /// The span of words <paramref name="first"/> to <paramref name="last"/>, from the trigger in force when it is
    /// near enough to quote ("denies smoking, diabetes"); otherwise the words alone.
    /// </summary>
    private TextSpan Scoped(int first, int last)
    {
        var start = note.Words[first].Start;
        var trigger = Math.Min(_state.NegatedFrom ?? int.MaxValue, _state.HistoryFrom ?? int.MaxValue);
        if (trigger < start && start - trigger <= LongestQuotedScope)
        {
            start = trigger;
        }

        return new TextSpan(start, note.Words[last].End - start);
    }

    // A condition negated by a later trigger ("MI was ruled out") cites the trigger too.
    private FactSource Extended(FactSource source, int last) =>
        source is NoteSource { Span: var span } ? new NoteSource(new TextSpan(span.Start, note.Words[last].End - span.Start)) : source;

    private void ChangeClauseConditions(Func<PatientCondition, PatientCondition> change)
    {
        for (var c = _state.FirstCondition; c < parts.Conditions.Count; c++)
        {
            parts.Conditions[c] = change(parts.Conditions[c]);
        }
    }

    // "denies smoking", "no tobacco use": not a smoker now; what was before is not said.
    private static string NegatedSmoking(string value) => value is "never smoker" or "non-smoker" ? value : "non-smoker";

    private sealed class ClauseState(int clause)
    {
        public int Clause { get; } = clause;

        /// <summary>Where the negation in force began, or null.</summary>
        public int? NegatedFrom { get; set; }

        /// <summary>Where the history trigger in force began, or null.</summary>
        public int? HistoryFrom { get; set; }

        public bool IsNegated => NegatedFrom is not null;

        /// <summary>The last word of the latest negation trigger, to tell "denies pregnancy" from a pregnancy mentioned later in a negated clause.</summary>
        public int LastNegationWord { get; set; } = -2;

        public bool Family { get; set; }

        /// <summary>True after a planning trigger ("candidate for", "will start"): treatments named later in the clause are not had yet.</summary>
        public bool Planned { get; set; }

        public int FirstCondition { get; init; }

        public int LastCondition { get; set; } = -1;

        public int LastConditionEnd { get; set; } = -1;
    }
}
