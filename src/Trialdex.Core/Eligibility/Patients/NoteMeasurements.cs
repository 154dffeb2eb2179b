using System.Globalization;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Measured values in a note: a known name ("platelets", "HbA1c", "BP"), then within a few words ("of", "was", "(Hb)",
/// ":") a number, then an optional unit: "platelets 40 x 10^9/L", "HbA1c of 8.2%", "BP 150/95", "temperature 38.5 C".
/// The fact's span runs from the name to the end of the value or unit.
/// </summary>
internal static class NoteMeasurements
{
    private const int MostFillerWords = 4;
    private const int FarthestValue = 40;

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "is", "of", "at", "were", "are", "level", "levels", "count", "value", "measured", "reading", "remains",
        "remained", "to", "up", "about", "approximately", "around", "elevated", "increased", "decreased", "dropped", "rose",
        "fell", "reached", "now", "had", "has", "been", "a", "an", "the", "recorded", "noted",
    };

    public static void Scan(NoteText note, PatientParts parts)
    {
        var words = note.Words;
        for (var i = 0; i < words.Count;)
        {
            var (name, length) = ObservationNames.Terms.Match(note, i);
            if (name is null)
            {
                i++;
                continue;
            }

            Read(note.Text, words[i].Start, words[i + length - 1].End, name, parts);
            i += length;
        }
    }

    private static void Read(string text, int nameStart, int nameEnd, ObservationName name, PatientParts parts)
    {
        if (ValueStart(text, nameEnd) is not { } at || Number(text, at) is not { } first)
        {
            return;
        }

        var end = first.End;
        decimal? second = null;
        if (end + 1 < text.Length && text[end] == '/' && char.IsAsciiDigit(text[end + 1]))
        {
            if (!name.IsBloodPressure || Number(text, end + 1) is not { } diastolic)
            {
                return;
            }

            (second, end) = (diastolic.Value, diastolic.End);
        }
        else if (name.IsBloodPressure)
        {
            return;
        }

        var unit = NoteUnits.At(text, end, temperature: name.Loinc == "8310-5");
        if (unit is null && name.NeedsUnit)
        {
            return;
        }

        var written = unit is { } u ? text[end..u.End].Trim() : null;
        var source = new NoteSource(new TextSpan(nameStart, (unit?.End ?? end) - nameStart));
        if (second is { } low)
        {
            parts.Observations.Add(Observation(ObservationNames.Systolic, first.Value, written, unit?.Ucum, source));
            parts.Observations.Add(Observation(ObservationNames.Diastolic, low, written, unit?.Ucum, source));
        }
        else
        {
            parts.Observations.Add(Observation(name, first.Value, written, unit?.Ucum, source));
        }
    }

    private static PatientObservation Observation(ObservationName name, decimal value, string? unit, string? ucum, NoteSource source) =>
        new(source) { Name = name.Name, Loinc = name.Loinc, Value = value, Unit = unit, Ucum = ucum ?? name.DefaultUcum };

    /// <summary>Where the number after a name starts, skipping spaces, ":", "=", "(", filler words and a bracketed abbreviation.</summary>
    private static int? ValueStart(string text, int from)
    {
        var fillers = 0;
        var at = from;
        while (at < text.Length && at - from <= FarthestValue)
        {
            var c = text[at];
            if (char.IsAsciiDigit(c))
            {
                return at;
            }

            if (c is ' ' or '\t' or ':' or '=' or '(' or ',' or '~' or '-')
            {
                at++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                return null;
            }

            var end = at;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            var bracketed = end < text.Length && text[end] == ')' && at > 0 && text[at - 1] == '(';
            if (!bracketed && (!Fillers.Contains(text[at..end]) || ++fillers > MostFillerWords))
            {
                return null;
            }

            at = bracketed ? end + 1 : end;
        }

        return null;
    }

    /// <summary>"40", "8.2", "40,000" at <paramref name="at"/>: its value and end.</summary>
    private static (decimal Value, int End)? Number(string text, int at)
    {
        var end = Digits(text, at);
        while (end < text.Length && text[end] == ',' && Digits(text, end + 1) == end + 4)
        {
            end += 4;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end = Digits(text, end + 1);
        }

        if (end - at > 12 || (end < text.Length && char.IsLetter(text[end]) && !NoteUnits.At(text, end, temperature: true).HasValue))
        {
            return null;
        }

        var number = text[at..end].Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? (value, end) : null;
    }

    private static int Digits(string text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        return at;
    }
}
