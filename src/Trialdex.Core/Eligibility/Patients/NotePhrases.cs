namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// The built-in phrases of the clinical note reader: negation, history, family, relative and planning triggers, smoking, pregnancy and
/// lactation, <see cref="NoteTreatments"/> and <see cref="CommonConditions"/>, keyed by their normalised words.
/// </summary>
internal static class NotePhrases
{
    private static readonly (NotePhraseKind Kind, string? Value, string Terms)[] Table =
    [
        (NotePhraseKind.Ignore, null, "no change;no increase;no further;no longer;not only;not necessarily;without difficulty;no significant change;nursing home;second hand smoke;secondhand smoke;smoke inhalation;non productive;gram negative;emergency;emergency room;emergency department"),
        (NotePhraseKind.Negation, null, "no;not;denies;denied;deny;denying;negative for;without;free of;absence of;never had;no evidence of;no sign of;no signs of;no history of;no h/o;no hx of;no known;no previous;no prior;no past;doesn't;don't;didn't;isn't;wasn't;hasn't;hadn't;haven't;aren't;weren't;doesn’t;don’t;didn’t"),
        (NotePhraseKind.NegationAfter, null, "ruled out;was ruled out;were ruled out;has been ruled out"),
        (NotePhraseKind.NegationOfPrevious, null, "negative;is unlikely;unlikely"),
        (NotePhraseKind.History, null, "history of;h/o;hx of;hx;s/p;status post;previous;previously;prior;past history of;remote history of;formerly"),
        (NotePhraseKind.MedicalHistory, null, "past medical history;medical history;past medical hx;PMH;PMHx"),
        (NotePhraseKind.Family, null, "family history;family history of;family medical history;family hx;FHx;family member with;family members with"),
        (NotePhraseKind.Relative, null, "her husband;his wife;her wife;his husband;her partner;his partner;her mother;his mother;her father;his father;her sister;his sister;her brother;his brother;her son;his son;her daughter;his daughter;her parents;his parents"),
        (NotePhraseKind.Planned, null, "candidate for;prior to;planned;plans for;plan for;scheduled for;will start;will begin;will receive;will undergo;to start;to begin;considered for;being considered for;referred for;before starting;awaiting"),
        (NotePhraseKind.ResolvedAfter, null, "resolved;has resolved;which resolved;now resolved"),
        (NotePhraseKind.Smoking, "smoker", "smoker;smoking;smoked;tobacco;tobacco use;tobacco abuse;cigarette;cigarettes;cigarette smoking;tobacco smoking;pack year;pack years;pack-year history"),
        (NotePhraseKind.Smoking, "current smoker", "current smoker;active smoker;smokes;currently smokes;currently smoking;still smokes;daily smoker;smokes daily;current tobacco use"),
        (NotePhraseKind.Smoking, "former smoker", "former smoker;ex-smoker;exsmoker;ex smoker;quit smoking;stopped smoking;previous smoker;past smoker;former tobacco use;quit tobacco;remote smoking history"),
        (NotePhraseKind.Smoking, "never smoker", "never smoker;never smoked;never a smoker;lifelong nonsmoker;lifelong non-smoker"),
        (NotePhraseKind.Smoking, "non-smoker", "nonsmoker;non-smoker;non smoker;does not smoke;doesn't smoke;no tobacco"),
        (NotePhraseKind.Pregnant, "yes", "pregnant;currently pregnant;positive pregnancy test;pregnancy test positive;pregnancy test was positive;intrauterine pregnancy"),
        (NotePhraseKind.Pregnant, "no", "nonpregnant;non-pregnant;negative pregnancy test;negative urine pregnancy test;negative serum pregnancy test;pregnancy test negative;pregnancy test was negative;pregnancy test is negative;postmenopausal;post-menopausal"),
        (NotePhraseKind.Pregnant, null, "pregnancy"),
        (NotePhraseKind.Postpartum, null, "postpartum;post-partum;post partum;recently delivered;puerperal"),
        (NotePhraseKind.Lactating, null, "breastfeeding;breast feeding;breast-feeding;lactating;nursing mother;breastfeeds"),
        (NotePhraseKind.HealthyVolunteer, null, "healthy volunteer;healthy volunteers"),
    ];

    /// <summary>Every phrase; the first meaning listed for a key wins.</summary>
    public static NoteTermTable<NotePhrase> Terms { get; } = Build();

    private static NoteTermTable<NotePhrase> Build()
    {
        var table = new NoteTermTable<NotePhrase>();
        foreach (var (kind, value, terms) in Table)
        {
            table.Add(terms, new NotePhrase(kind, value));
        }

        foreach (var line in NoteTreatments.Lines)
        {
            var fields = line.Split('|');
            table.Add(fields[2], new NotePhrase(NotePhraseKind.Treatment, fields[0]));
        }

        foreach (var line in CommonConditions.Lines)
        {
            var fields = line.Split('|');
            table.Add(fields[2], new NotePhrase(NotePhraseKind.Condition, null, fields[0], fields[1]));
        }

        return table;
    }
}
