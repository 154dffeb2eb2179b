using System.Text.RegularExpressions;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Criteria that ask nothing of the patient's health: informed consent (the patient's, a parent's or guardian's, a
/// child's assent), willingness to take part or comply. Kept
/// narrow on purpose: anything else that is not computable stays unknown.
/// </summary>
internal static partial class AdministrativeText
{
    public static bool IsAdministrative(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\b(informed consent|consent form|sign(ed|s)? (the |a |an )?(written )?consent|willing(ness)? to (participate|sign|comply|provide|give|take part)|able to (comply|understand)|comply with (the )?(study|protocol|follow)|voluntar(il)?y (participat|agree|sign)|voluntary participation|agree(s|d)? to participate|(consent|permission) (of|from|by) (a |the |their |his |her )?(parents?|guardians?|legal|legally)|(parent(s|al)?|guardians?|legally authori[sz]ed representatives?)('s?)? (written |signed |informed )*(consent|permission)|\bassent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
