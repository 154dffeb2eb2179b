using System.Text.RegularExpressions;

namespace Trialdex.Core.Studies.Page;

/// <summary>Where a trial registry shows the record an identifier names, recognised by the identifier's form.</summary>
internal static partial class RegistryLinks
{
    /// <summary>The ClinicalTrials.gov page of an NCT number; null for anything else (a <c>LOCAL-</c> id).</summary>
    public static Uri? ClinicalTrialsGov(string id) =>
        NctNumber().IsMatch(id) ? new Uri($"https://clinicaltrials.gov/study/{id}") : null;

    /// <summary>
    /// The record's own http(s) link, else the registry page of the registry number found in the id
    /// ("EudraCT 2015-001234-56" links to the EU CTR search for 2015-001234-56), else null.
    /// </summary>
    public static Uri? Of(string id, string? givenLink)
    {
        if (Uri.TryCreate(givenLink, UriKind.Absolute, out var given) && given.Scheme is "http" or "https")
        {
            return given;
        }

        return Find(NctNumberIn(), "https://clinicaltrials.gov/study/")
            ?? Find(ChiCtrNumber(), "https://www.chictr.org.cn/searchprojEN.html?regno=")
            ?? Find(CtisNumber(), "https://euclinicaltrials.eu/ctis-public/view/")
            ?? Find(EudraCtNumber(), "https://www.clinicaltrialsregister.eu/ctr-search/search?query=")
            ?? Find(IsrctnNumber(), "https://www.isrctn.com/");

        Uri? Find(Regex form, string prefix) =>
            form.Match(id) is { Success: true } match ? new Uri(prefix + Uri.EscapeDataString(match.Value)) : null;
    }

    [GeneratedRegex(@"^NCT\d{8}$")]
    private static partial Regex NctNumber();

    [GeneratedRegex(@"\bNCT\d{8}\b")]
    private static partial Regex NctNumberIn();

    // ChiCTR2000031234, ChiCTR-IPR-17012345, ChiCTR-TRC-12002345.
    [GeneratedRegex(@"\bChiCTR(-[A-Z]{2,4})?-?\d{8,10}\b")]
    private static partial Regex ChiCtrNumber();

    // EU CT number (CTIS): 2023-503456-12-00.
    [GeneratedRegex(@"\b\d{4}-\d{6}-\d{2}-\d{2}\b")]
    private static partial Regex CtisNumber();

    // EudraCT number: 2004-000123-45 (not the first part of an EU CT number).
    [GeneratedRegex(@"\b\d{4}-\d{6}-\d{2}\b(?!-\d)")]
    private static partial Regex EudraCtNumber();

    [GeneratedRegex(@"\bISRCTN\d{8}\b")]
    private static partial Regex IsrctnNumber();
}
