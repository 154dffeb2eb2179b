using System.Text.RegularExpressions;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// The units written after a value in a note, each with its UCUM code: concentrations, counts ("x 10^9/L",
/// "/µL", "K/uL"), "%", "mmHg", rates, temperatures ("°C", "C", "F"), "kg/m2", weights and lengths.
/// </summary>
internal static partial class NoteUnits
{
    // Longer spellings first, so that "mg/dL" is not read as "mg" and "mL/min/1.73 m2" not as "mL/min".
    private static readonly (string Written, string Ucum)[] Units =
    [
        ("mL/min/1.73 m2", "mL/min/{1.73_m2}"), ("mL/min/1.73m2", "mL/min/{1.73_m2}"), ("ml/min/1.73m²", "mL/min/{1.73_m2}"),
        ("breaths per minute", "/min"), ("beats per minute", "/min"), ("degrees Fahrenheit", "[degF]"), ("degrees Celsius", "Cel"),
        ("breaths/min", "/min"), ("beats/min", "/min"), ("degrees C", "Cel"), ("degrees F", "[degF]"), ("cells/mm3", "/mm3"),
        ("cells/uL", "/uL"), ("cells/µL", "/uL"), ("mmol/mol", "mmol/mol"), ("mIU/mL", "m[IU]/mL"), ("uIU/mL", "u[IU]/mL"),
        ("µIU/mL", "u[IU]/mL"), ("mmol/L", "mmol/L"), ("umol/L", "umol/L"), ("µmol/L", "umol/L"), ("μmol/L", "umol/L"),
        ("mL/min", "mL/min"), ("mg/dL", "mg/dL"), ("ng/mL", "ng/mL"), ("pg/mL", "pg/mL"), ("ng/dL", "ng/dL"), ("mEq/L", "meq/L"),
        ("mIU/L", "m[IU]/L"), ("IU/mL", "[IU]/mL"), ("kg/m^2", "kg/m2"), ("kg/m2", "kg/m2"), ("kg/m²", "kg/m2"), ("mm Hg", "mm[Hg]"),
        ("mmHg", "mm[Hg]"), ("g/dL", "g/dL"), ("mg/L", "mg/L"), ("ug/L", "ug/L"), ("µg/L", "ug/L"), ("IU/L", "[IU]/L"), ("K/uL", "10*3/uL"),
        ("K/µL", "10*3/uL"), ("/mm3", "/mm3"), ("/mm³", "/mm3"), ("g/L", "g/L"), ("U/L", "U/L"), ("/uL", "/uL"), ("/µL", "/uL"),
        ("/μL", "/uL"), ("/min", "/min"), ("pounds", "[lb_av]"), ("bpm", "/min"), ("lbs", "[lb_av]"), ("° C", "Cel"), ("° F", "[degF]"),
        ("°C", "Cel"), ("ºC", "Cel"), ("°F", "[degF]"), ("ºF", "[degF]"), ("lb", "[lb_av]"), ("kg", "kg"), ("cm", "cm"), ("%", "%"),
    ];

    /// <summary>
    /// The unit written at <paramref name="at"/> (after up to two spaces): its end and UCUM code, or null. Single
    /// letters count only in capitals after a temperature value ("38.5 C", "101F").
    /// </summary>
    public static (int End, string Ucum)? At(string text, int at, bool temperature)
    {
        var start = at;
        while (start < text.Length && start - at < 2 && text[start] == ' ')
        {
            start++;
        }

        if (PowerOfTen().Match(text, start) is { Success: true } power)
        {
            var exponent = power.Groups["e"].Value switch { "⁹" => "9", "³" => "3", "⁶" => "6", var digits => digits };
            var volume = power.Groups["v"].Value switch { "L" or "l" => "L", "mm3" or "mm³" => "mm3", "mL" or "ml" => "mL", _ => "uL" };
            return (power.Index + power.Length, $"10*{exponent}/{volume}");
        }

        foreach (var (written, ucum) in Units)
        {
            if (string.Compare(text, start, written, 0, written.Length, StringComparison.OrdinalIgnoreCase) == 0 && EndsWord(text, start + written.Length, written))
            {
                return (start + written.Length, ucum);
            }
        }

        if (temperature && start < text.Length && text[start] is 'C' or 'F' && EndsWord(text, start + 1, "C"))
        {
            return (start + 1, text[start] == 'C' ? "Cel" : "[degF]");
        }

        return null;
    }

    private static bool EndsWord(string text, int end, string written) =>
        end >= text.Length || !char.IsLetterOrDigit(written[^1]) || !char.IsLetterOrDigit(text[end]);

    // "x 10^9/L", "×10⁹/L", "x 10*9/L", "x10(9)/L", "x 10e3/uL"
    [GeneratedRegex(@"\G[x×*]\s{0,2}10\s?(?:\^|\*\*|\*|e|E)?\s?\(?(?<e>\d{1,2}|⁹|³|⁶)\)?\s?/\s?(?<v>L|l|uL|µL|μL|mm3|mm³|mL|ml)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PowerOfTen();
}
