namespace Trialdex.Core.Eligibility.Patients;

/// <summary>What a phrase of the built-in note table means.</summary>
internal enum NotePhraseKind
{
    /// <summary>Words that look like a trigger but are not ("no change", "not only"); matched to be skipped.</summary>
    Ignore,

    /// <summary>Negates the conditions after it in the clause ("denies", "no history of", "negative for").</summary>
    Negation,

    /// <summary>Negates the conditions before it in the clause ("ruled out"), and those after.</summary>
    NegationAfter,

    /// <summary>Negates the condition just before it ("HIV negative").</summary>
    NegationOfPrevious,

    /// <summary>Marks the conditions after it in the clause as past ("history of", "s/p", "previous").</summary>
    History,

    /// <summary>
    /// Opens the note's past medical history ("past medical history", "PMH"): the conditions after it in the sentence
    /// are past or standing comorbidities, not the problem the patient presents with.
    /// </summary>
    MedicalHistory,

    /// <summary>The conditions after it in the clause are the family's, not the patient's ("family history of").</summary>
    Family,

    /// <summary>
    /// A relative as the subject of a clause ("His wife has breast cancer and is starting
    /// chemotherapy"): what follows in that clause is the relative's, as after "family history of". Elsewhere in a
    /// clause ("brought in by his wife with chest pain") it changes nothing.
    /// </summary>
    Relative,

    /// <summary>A treatment still to come ("candidate for", "prior to", "will start"): treatments after it in the clause are not had.</summary>
    Planned,

    /// <summary>Marks the conditions before it in the clause as resolved ("resolved").</summary>
    ResolvedAfter,

    /// <summary>A condition of the built-in list.</summary>
    Condition,

    /// <summary>Smoking; the value says what it tells when not negated.</summary>
    Smoking,

    /// <summary>Pregnancy now: the value is "yes" or "no", or null for a word that tells only when negated ("denies pregnancy").</summary>
    Pregnant,

    /// <summary>Recently gave birth.</summary>
    Postpartum,

    /// <summary>Breastfeeding now.</summary>
    Lactating,

    /// <summary>Takes part as a healthy volunteer.</summary>
    HealthyVolunteer,

    /// <summary>A treatment had; the value is its class in <see cref="NoteTreatments"/>.</summary>
    Treatment,
}

/// <summary>One phrase of the built-in note table.</summary>
/// <param name="Kind">What it means.</param>
/// <param name="Value">Its value: the smoking status, "yes" or "no" for pregnancy, the treatment class, or null.</param>
/// <param name="MeshId">For a condition, its MeSH descriptor id.</param>
/// <param name="MeshName">For a condition, its MeSH descriptor name.</param>
internal sealed record NotePhrase(NotePhraseKind Kind, string? Value, string? MeshId = null, string? MeshName = null);
