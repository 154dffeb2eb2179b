using System.Globalization;
using System.Text.RegularExpressions;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Pregnancy and lactation in a note: words ("pregnant", "not pregnant", "postpartum", "breastfeeding"), gestational
/// age ("at 11 weeks gestation", "24w3d", which say the patient is pregnant unless they follow "born") and
/// obstetric history ("G2P1"). The first statement of each kind is kept.
/// </summary>
internal static partial class NotePregnancyWords
{
    /// <summary>Records what a pregnancy phrase of the built-in table says, unless something was already said.</summary>
    public static void Apply(NotePhrase phrase, bool negated, NoteSource source, PatientParts parts)
    {
        var pregnancy = parts.Pregnancy;
        switch (phrase.Kind)
        {
            case NotePhraseKind.Pregnant when phrase.Value is not null || negated:
                var pregnant = phrase.Value == "yes" && !negated ? YesNoUnknown.Yes : YesNoUnknown.No;
                pregnancy = pregnancy with { Pregnant = pregnancy.Pregnant ?? new(pregnant, source) };
                break;
            case NotePhraseKind.Postpartum:
                pregnancy = pregnancy with
                {
                    Postpartum = pregnancy.Postpartum ?? new(!negated, source),
                    Pregnant = pregnancy.Pregnant ?? (negated ? null : new(YesNoUnknown.No, source)),
                };
                break;
            case NotePhraseKind.Lactating:
                pregnancy = pregnancy with { Lactating = pregnancy.Lactating ?? new(negated ? YesNoUnknown.No : YesNoUnknown.Yes, source) };
                break;
        }

        parts.Pregnancy = pregnancy;
    }

    /// <summary>Adds gestational age (as pregnant) and gravida and para written as numbers.</summary>
    public static void Scan(string text, PatientParts parts)
    {
        var pregnancy = parts.Pregnancy;
        foreach (Match match in Gestation().Matches(text))
        {
            if (!Born().IsMatch(text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index))))
            {
                pregnancy = pregnancy with { Pregnant = pregnancy.Pregnant ?? new(YesNoUnknown.Yes, Source(match)) };
                break;
            }
        }

        if (Obstetric().Match(text) is { Success: true } obstetric)
        {
            var source = Source(obstetric);
            pregnancy = pregnancy with
            {
                Gravida = pregnancy.Gravida ?? Number(obstetric.Groups["g"], source),
                Para = pregnancy.Para ?? Number(obstetric.Groups["p"], source),
            };
        }

        parts.Pregnancy = pregnancy;
    }

    private static NoteSource Source(Match match) => new(new TextSpan(match.Index, match.Length));

    private static Fact<int>? Number(Group group, NoteSource source) =>
        group.Success ? new(int.Parse(group.ValueSpan, CultureInfo.InvariantCulture), source) : null;

    [GeneratedRegex(@"\b\d{1,2}(?:\s{0,2}\+\s{0,2}\d)?\s{0,2}-?\s{0,2}(?:weeks?|wks?)'?\s{1,3}(?:of\s{1,3})?(?:gestation|pregnan)|\b\d{1,2}\s?[wW]\s?\d\s?[dD]\b|\bgestational\s{1,3}age\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gestation();

    [GeneratedRegex(@"\bborn\b|\bbirth\b|\bdelivered\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Born();

    [GeneratedRegex(@"\bG(?<g>\d{1,2})\s{0,2},?\s{0,2}P(?<p>\d{1,2})|\bgravida\s{1,3}(?<g>\d{1,2})(?:\s{0,2},?\s{0,2}para\s{1,3}(?<p>\d{1,2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Obstetric();
}
