using System.Globalization;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>Observations that are single facts of the patient: pregnancy status, ECOG and Karnofsky scores.</summary>
internal static class FhirScores
{
    // LOINC answers of the ECOG scale (LL529-9), grade 0 to 5.
    private static readonly string[] EcogAnswers = ["LA9622-7", "LA9623-5", "LA9624-3", "LA9625-0", "LA9626-8", "LA9627-6"];

    private static readonly Dictionary<string, YesNoUnknown> PregnancyAnswers = new(StringComparer.Ordinal)
    {
        ["LA15173-0"] = YesNoUnknown.Yes,
        ["77386006"] = YesNoUnknown.Yes,
        ["LA26683-5"] = YesNoUnknown.No,
        ["60001007"] = YesNoUnknown.No,
        ["LA4489-6"] = YesNoUnknown.Unknown,
        ["261665006"] = YesNoUnknown.Unknown,
    };

    public static void Pregnancy(FhirResource resource, PartialDate? date, FhirContext context, PatientParts parts)
    {
        var value = FhirConcept.Read(resource.Element, "valueCodeableConcept");
        var answer = value?.Codings.Select(c => PregnancyAnswers.TryGetValue(c.Code, out var a) ? a : (YesNoUnknown?)null).FirstOrDefault(a => a is not null)
            ?? FromText(value?.Name);
        if (answer is null)
        {
            context.Problems.Warning(resource.Where, "the pregnancy status has no value that can be read; left out");
        }
        else if (context.TakeLatest("pregnancy", date))
        {
            parts.Pregnancy = parts.Pregnancy with { Pregnant = new(answer.Value, resource.Source) };
        }
    }

    public static void Score(
        FhirResource resource,
        PartialDate? date,
        FhirContext context,
        PatientParts parts,
        string scale,
        int highest,
        Func<PatientPerformanceStatus, Fact<int>, PatientPerformanceStatus> set)
    {
        var score = Number(resource, scale == "ECOG");
        if (score is not { } value || value < 0 || value > highest)
        {
            context.Problems.Warning(resource.Where, string.Create(CultureInfo.InvariantCulture, $"the {scale} score is not a whole number from 0 to {highest}; left out"));
        }
        else if (context.TakeLatest(scale, date))
        {
            parts.PerformanceStatus = set(parts.PerformanceStatus, new Fact<int>((int)value, resource.Source));
        }
    }

    private static decimal? Number(FhirResource resource, bool ecog)
    {
        var element = resource.Element;
        var number = FhirJson.Number(element, "valueInteger")
            ?? (FhirJson.Object(element, "valueQuantity") is { } quantity ? FhirJson.Number(quantity, "value") : null);
        if (number is not null)
        {
            return number == decimal.Truncate(number.Value) ? number : null;
        }

        if (FhirConcept.Read(element, "valueCodeableConcept") is not { } concept)
        {
            return null;
        }

        var answer = ecog ? concept.Codings.Select(c => Array.IndexOf(EcogAnswers, c.Code)).FirstOrDefault(i => i >= 0, -1) : -1;
        return answer >= 0 ? answer
            : concept.Codings.Select(c => c.Code).Append(concept.Name).Select(LeadingNumber).FirstOrDefault(n => n is not null);
    }

    // "80", "80%", "2 - Ambulatory and capable of all selfcare" → the number written first.
    private static decimal? LeadingNumber(string? text)
    {
        var digits = text is null ? 0 : text.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and <= 3 && (digits == text!.Length || !char.IsAsciiLetterOrDigit(text[digits]))
            ? int.Parse(text.AsSpan(0, digits), CultureInfo.InvariantCulture)
            : null;
    }

    private static YesNoUnknown? FromText(string? text) =>
        text is null ? null
        : text.Contains("not pregnant", StringComparison.OrdinalIgnoreCase) ? YesNoUnknown.No
        : text.Contains("pregnant", StringComparison.OrdinalIgnoreCase) ? YesNoUnknown.Yes
        : text.Contains("unknown", StringComparison.OrdinalIgnoreCase) ? YesNoUnknown.Unknown
        : null;
}
