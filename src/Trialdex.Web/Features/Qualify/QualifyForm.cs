using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Web.Features.Qualify;

/// <summary>
/// What the "Could I qualify?" form posts, as typed (trimmed), so that the page can show each value again beside
/// its error. Either the facts (age, sex, conditions, pregnancy, ECOG) or a pasted clinical note describe the patient.
/// </summary>
public sealed record QualifyForm
{
    /// <summary>The longest note read, in characters: several pages of a clinic letter.</summary>
    public const int MaxNoteLength = 100_000;

    /// <summary>The distances offered around a place.</summary>
    public static IReadOnlyList<string> Radii { get; } = ["25km", "50km", "100km", "250km", "500km"];

    /// <summary>The only trial to screen (from <c>/qualify?trial=…</c>), or null to screen every stored trial.</summary>
    public string? Trial { get; init; }

    public string? Age { get; init; }

    /// <summary>"female", "male" or null.</summary>
    public string? Sex { get; init; }

    /// <summary>One condition a line, or separated by commas or semicolons.</summary>
    public string? Conditions { get; init; }

    public string? Place { get; init; }

    public string Radius { get; init; } = MatchArea.DefaultRadius;

    public bool RecruitingOnly { get; init; } = true;

    /// <summary>"yes", "no" or "unknown".</summary>
    public string Pregnant { get; init; } = "unknown";

    /// <summary>"yes", "no" or "unknown".</summary>
    public string Breastfeeding { get; init; } = "unknown";

    /// <summary>"0" to "4", or null.</summary>
    public string? Ecog { get; init; }

    public string? Note { get; init; }

    /// <summary>True when any fact of the form part is given (not the place, which only narrows the search).</summary>
    public bool HasFacts => Age is not null || Sex is not null || Conditions is not null || Ecog is not null || Pregnant != "unknown" || Breastfeeding != "unknown";

    /// <summary>The conditions typed, one per item.</summary>
    public IReadOnlyList<string> ConditionList =>
        Conditions is null ? [] : [.. Conditions.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Reads the posted fields; a missing "recruiting" box is an unticked one.</summary>
    public static QualifyForm Read(IFormCollection form) => new()
    {
        Trial = Value(form, "trial"),
        Age = Value(form, "age"),
        Sex = Value(form, "sex"),
        Conditions = Value(form, "conditions"),
        Place = Value(form, "place"),
        Radius = Value(form, "radius") ?? MatchArea.DefaultRadius,
        RecruitingOnly = form.ContainsKey("recruiting"),
        Pregnant = Value(form, "pregnant") ?? "unknown",
        Breastfeeding = Value(form, "breastfeeding") ?? "unknown",
        Ecog = Value(form, "ecog"),
        Note = Value(form, "note"),
    };

    /// <summary>What is wrong with the fields, by field name; empty when the form can be screened.</summary>
    public QualifyErrors Validate()
    {
        var errors = new QualifyErrors();
        if (Age is not null && !TryAge(out _))
        {
            errors.Add("age", "Enter the age as a whole number of years from 0 to 120.");
        }

        if (Sex is not (null or "female" or "male"))
        {
            errors.Add("sex", "Choose female or male, or leave the sex empty.");
        }

        if (Pregnant is not ("yes" or "no" or "unknown"))
        {
            errors.Add("pregnant", "Choose yes, no or don't know.");
        }

        if (Breastfeeding is not ("yes" or "no" or "unknown"))
        {
            errors.Add("breastfeeding", "Choose yes, no or don't know.");
        }

        if (Ecog is not null && !(int.TryParse(Ecog, NumberStyles.None, CultureInfo.InvariantCulture, out var ecog) && ecog <= 4))
        {
            errors.Add("ecog", "Choose an ECOG score from 0 to 4, or leave it empty.");
        }

        if (!Radii.Contains(Radius))
        {
            errors.Add("radius", "Choose one of the distances offered.");
        }

        if (Note is { Length: > MaxNoteLength })
        {
            errors.Add("note", $"The note is longer than {MaxNoteLength:N0} characters; paste the part about the patient.");
        }
        else if (Note is not null && HasFacts)
        {
            errors.Add("note", "Give either the details above or a note, not both: clear the note or the details.");
        }
        else if (Note is null && Age is null && Sex is null && Conditions is null)
        {
            errors.Add("age", "Give at least an age, a sex or a condition, or paste a clinical note below.");
        }

        return errors;
    }

    /// <summary>The patient: the note read as a note (through <paramref name="vocabulary"/> when the store has one), or the facts written as patient JSON and read by its reader.</summary>
    public PatientInputResult ReadPatient(Trialdex.Core.Vocabulary.MeshVocabulary? vocabulary) => Note is not null
        ? new(PatientInputKind.Note, ClinicalNoteReader.Read(Note, vocabulary))
        : new(PatientInputKind.PatientJson, PatientJsonReader.Read(PatientJson()));

    /// <summary>The facts in the patient JSON shape documented on <see cref="Patient"/>.</summary>
    public string PatientJson()
    {
        var json = new JsonObject { ["version"] = Patient.CurrentVersion };
        if (TryAge(out var age))
        {
            json["age"] = new JsonObject { ["value"] = age, ["unit"] = "years" };
        }

        if (Sex is not null)
        {
            json["sex"] = Sex;
        }

        if (ConditionList.Count > 0)
        {
            json["conditions"] = new JsonArray([.. ConditionList.Select(c => (JsonNode)new JsonObject { ["text"] = c, ["status"] = "active" })]);
        }

        if (Pregnant != "unknown" || Breastfeeding != "unknown")
        {
            json["pregnancy"] = new JsonObject { ["pregnant"] = Pregnant, ["lactating"] = Breastfeeding };
        }

        if (Ecog is not null && int.TryParse(Ecog, NumberStyles.None, CultureInfo.InvariantCulture, out var ecog))
        {
            json["performanceStatus"] = new JsonObject { ["ecog"] = ecog };
        }

        return json.ToJsonString();
    }

    private bool TryAge(out int age) =>
        int.TryParse(Age, NumberStyles.None, CultureInfo.InvariantCulture, out age) && age <= 120;

    private static string? Value(IFormCollection form, string name) =>
        form[name].ToString().Trim() is { Length: > 0 } value ? value : null;
}
