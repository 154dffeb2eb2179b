using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Finds the conditions, medications and procedures a criterion names: MeSH descriptors through
/// <see cref="MeshVocabulary.FindInText"/> when a vocabulary is given (conditions: disease, mental disorder and
/// behavioural symptom trees; D: medications; E: procedures; other descriptors — people, places, ideas — are left
/// out), and medications and procedures by their telltale words ("therapy", "steroid", "-mab"; "surgery", "-ectomy",
/// "embolization") with the words before them.
/// </summary>
internal static class ConceptScanner
{
    private const int MaxLeadWords = 3;

    /// <summary>Enough for any real criterion, and a bound on the term searches of a pathological one.</summary>
    private const int MaxDescriptors = 32;

    private static readonly WordSet MedicationWords = new()
    {
        "medication", "medications", "steroid", "steroids", "corticosteroid", "corticosteroids", "insulin", "chemotherapy",
        "immunotherapy", "anticoagulant", "anticoagulants", "anticoagulation", "antibiotics", "antibiotic", "vaccine",
        "vaccination", "therapy", "immunosuppressants", "immunosuppressive", "opioids", "opioid", "hormones", "antidepressants",
        "antipsychotics", "estrogen", "progestin", "warfarin", "heparin", "aspirin", "metformin", "biologics",
    };

    private static readonly Endings MedicationEndings = new("mab", "nib", "statin", "pril", "sartan", "olol", "cycline", "mycin", "cillin", "prazole", "parin", "platin", "taxel", "rubicin");

    private static readonly WordSet ProcedureWords = new()
    {
        "surgery", "surgeries", "surgical", "transplant", "transplantation", "resection", "biopsy", "embolization",
        "embolisation", "radiotherapy", "radiation", "dialysis", "catheterization", "ablation", "implantation", "adhesiolysis",
        "curettage", "operation", "intubation", "transfusion", "hemodialysis", "stent", "bypass", "amputation", "splenectomy",
    };

    private static readonly Endings ProcedureEndings = new("ectomy", "otomy", "ostomy", "plasty", "scopy");

    public static IEnumerable<Constraint> Scan(CriterionTokens criterion, MeshVocabulary? vocabulary, bool[] inComparison)
    {
        var found = new List<Constraint>();
        var tokens = criterion.Tokens;
        var named = new bool[tokens.Count];
        if (vocabulary is not null)
        {
            foreach (var descriptor in vocabulary.FindInText(criterion.Text).Take(MaxDescriptors))
            {
                if (!NamesMedicalContent(descriptor))
                {
                    continue;
                }

                var constraint = Descriptor(criterion.Text, descriptor);
                found.Add(constraint);
                var first = criterion.TokenAfter(constraint.Span.Start);
                Array.Fill(named, true, first, Math.Max(0, criterion.TokenAfter(constraint.Span.End) - first));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!inComparison[i] && !named[i] && tokens[i].IsWord && Cue(tokens[i].Text) is { } kind)
            {
                var start = i;
                var words = 0;
                while (start > 0 && words < MaxLeadWords && !inComparison[start - 1] && IsLeadWord(tokens[start - 1]))
                {
                    words += tokens[--start].IsWord ? 1 : 0;
                }

                start += tokens[start].IsWord ? 0 : 1;

                var span = new TextSpan(tokens[start].Start, tokens[i].End - tokens[start].Start);
                found.Add(new Constraint { Kind = kind, Field = criterion.Text.Substring(span.Start, span.Length), Span = span });
            }
        }

        return found;
    }

    /// <summary>
    /// True for a descriptor a criterion can ask about: a condition (<see cref="MeshTreeNumber.IsCondition"/>), a
    /// chemical or drug (D), a procedure (E), or one without tree numbers (newer than the tree file, so unplaced). Not
    /// people ("Patients", "Family"), places ("United States"), ideas or disciplines ("History", "Genetics", "Time"),
    /// which the words of criteria name all the time.
    /// </summary>
    private static bool NamesMedicalContent(MeshDescriptor descriptor) =>
        descriptor.TreeNumbers.Count == 0
        || descriptor.TreeNumbers.Any(t => MeshTreeNumber.IsCondition(t) || t.StartsWith('D') || t.StartsWith('E'));

    private static Constraint Descriptor(string text, MeshDescriptor descriptor)
    {
        var kind = descriptor.TreeNumbers.FirstOrDefault() switch
        {
            ['D', ..] => ConstraintKind.Medication,
            ['E', ..] => ConstraintKind.Procedure,
            _ => ConstraintKind.Condition,
        };
        var span = descriptor.Terms.Select(t => (Term: t, At: text.IndexOf(t, StringComparison.OrdinalIgnoreCase)))
            .Where(m => m.At >= 0).OrderBy(m => m.At).ThenByDescending(m => m.Term.Length)
            .Select(m => new TextSpan(m.At, m.Term.Length)).FirstOrDefault(new TextSpan(0, text.Length));
        return new Constraint { Kind = kind, Field = descriptor.Name, Descriptors = [descriptor], Span = span };
    }

    private static ConstraintKind? Cue(string word)
    {
        if (ProcedureWords.Contains(word) || (word.Length > 7 && ProcedureEndings.End(word)))
        {
            return ConstraintKind.Procedure;
        }

        return MedicationWords.Contains(word) || (word.Length > 6 && MedicationEndings.End(word))
            ? ConstraintKind.Medication
            : null;
    }

    /// <summary>
    /// Word endings compared ignoring case. A loop rather than LINQ: it runs on every word of every criterion, and a
    /// lambda capturing the word allocates; a word whose ASCII last letter ends none of them is ruled out at once.
    /// </summary>
    private sealed class Endings
    {
        private readonly string[] _endings;

        /// <summary>The endings' last letters, upper-cased, by ASCII code.</summary>
        private readonly bool[] _lastLetters = new bool[128];

        public Endings(params string[] endings)
        {
            _endings = endings;
            foreach (var ending in endings)
            {
                _lastLetters[char.ToUpperInvariant(ending[^1])] = true;
            }
        }

        public bool End(string word)
        {
            var last = word[^1];
            if (char.IsAscii(last) && !_lastLetters[char.ToUpperInvariant(last)])
            {
                return false;
            }

            foreach (var ending in _endings)
            {
                if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly WordSet NotLeadWords = new()
    {
        "with", "and", "the", "for", "use", "any", "who", "not", "from", "after", "need", "needs", "needing", "require",
        "requires", "requiring", "undergo", "undergoing", "underwent", "planned", "scheduled", "receive", "received",
        "receiving", "had", "has", "have", "prior", "before", "since", "during", "under", "than", "other", "candidates",
    };

    private static bool IsLeadWord(Token t) =>
        (t.IsWord && t.Text.Length > 2 && !FlagWords.IsCue(t.Text) && !NotLeadWords.Contains(t.Text)) || t.IsSymbol('-');

}
