using System.Globalization;
using System.Text.RegularExpressions;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Age and sex in a note. The age is the first one written as "45-year-old", "45 year old", "3-month-old", "45 yo",
/// "22yo", "70 y/o", "aged 62", "Age: 45" or, at the start of the note, "48 M" / "74M". The sex is the first of "man",
/// "woman", "male", "female", "boy", "girl", "gentleman", "lady", "Mr"/"Mrs"/"Ms" or the M/F after an age; failing
/// that, the more frequent of he/his/him and she/her.
/// </summary>
internal static partial class NoteDemographics
{
    private const int OldestYears = 120;

    public static PatientAge? Age(string text)
    {
        var match = new[] { YearsOld().Match(text), YearsShort().Match(text), Aged().Match(text), AgeLine().Match(text), BareYears().Match(text), Leading().Match(text) }
            .Where(m => m.Success)
            .MinBy(m => m.Index);
        if (match is null || !decimal.TryParse(match.Groups["n"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var time = new NormalizedTime(value, Unit(match.Groups["u"]));
        return time.TotalDays > OldestYears * 365.25 ? null : new PatientAge(time, new NoteSource(new TextSpan(match.Index, match.Length)));
    }

    public static Fact<PatientSex>? Sex(string text)
    {
        var word = SexWord().Match(text);
        var leading = Leading().Match(text).Groups["s"];
        if (leading.Success && (!word.Success || leading.Index < word.Index))
        {
            return new(leading.ValueSpan[0] == 'F' ? PatientSex.Female : PatientSex.Male, new NoteSource(new TextSpan(leading.Index, leading.Length)));
        }

        if (word.Success)
        {
            var female = word.Groups["f"].Success;
            return new(female ? PatientSex.Female : PatientSex.Male, new NoteSource(new TextSpan(word.Index, word.Length)));
        }

        return FromPronouns(text);
    }

    private static Fact<PatientSex>? FromPronouns(string text)
    {
        int male = 0, female = 0;
        Match? firstMale = null, firstFemale = null;
        foreach (Match pronoun in Pronoun().Matches(text))
        {
            if (pronoun.Groups["f"].Success)
            {
                female++;
                firstFemale ??= pronoun;
            }
            else
            {
                male++;
                firstMale ??= pronoun;
            }
        }

        var first = male > female ? firstMale : female > male ? firstFemale : null;
        return first is null ? null : new(male > female ? PatientSex.Male : PatientSex.Female, new NoteSource(new TextSpan(first.Index, first.Length)));
    }

    private static TimeUnit Unit(Group unit) =>
        !unit.Success ? TimeUnit.Year
        : char.ToLowerInvariant(unit.ValueSpan[0]) switch
        {
            'm' => TimeUnit.Month,
            'w' => TimeUnit.Week,
            'd' => TimeUnit.Day,
            _ => TimeUnit.Year,
        };

    // "45-year-old", "45 year old", "57-year old", "3-month-old", "5 months old", "3-day-old"
    [GeneratedRegex(@"(?<![\w.])(?<n>\d{1,3}(?:\.\d)?)[\s-]{0,3}(?<u>years?|yrs?|months?|mos?|weeks?|wks?|days?)[\s-]{0,3}old\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsOld();

    // "45 yo", "22yo", "70 y/o", "44 y.o."
    [GeneratedRegex(@"(?<![\w.])(?<n>\d{1,3})[\s-]{0,2}(?:yo|y/o|y\.\s?o\.?)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsShort();

    // "aged 62", "aged 62 years"
    [GeneratedRegex(@"\baged\s{1,3}(?<n>\d{1,3})(?:\s{0,2}(?<u>years?|months?|weeks?|days?)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aged();

    // "Age: 45" at the start of a line
    [GeneratedRegex(@"(?m)^[ \t]{0,3}age[ \t]{0,2}[:=]?[ \t]{0,2}(?<n>\d{1,3})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeLine();

    // "41 year man", "45 yr female": a year count followed directly by a person
    [GeneratedRegex(@"(?<![\w.])(?<n>\d{1,3})[\s-]{0,3}(?<u>years?|yrs?)[\s-]{1,3}(?=(?:man|woman|male|female|boy|girl|gentleman|lady)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareYears();

    // "48 M with", "74M hx of", "A 75 yo M", "Pt is a 22yo F" at the start of the note; M and F in capitals only
    [GeneratedRegex(@"\A\s{0,3}(?i:(?:the\s{1,3})?(?:pt|patient)\s{1,3}(?:is\s{1,3})?)?(?i:(?:this\s{1,3}is\s{1,3})?an?\s{1,3})?(?<n>\d{1,3})\s?(?:yo\s?|y/o\s?)?(?<s>[MF])(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    // "Mr." and "Mrs." only with capital and point, so that "MS" (multiple sclerosis) is not read as a title
    [GeneratedRegex(@"\b(?:(?<f>woman|female|girl|lady)|man|male|boy|gentleman)\b|\b(?-i:(?<f>Mrs|Ms)|Mr)\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SexWord();

    [GeneratedRegex(@"\b(?:(?<f>she|her|hers|herself)|he|his|him|himself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
