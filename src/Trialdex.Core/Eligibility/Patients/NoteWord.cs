namespace Trialdex.Core.Eligibility.Patients;

/// <summary>A word of a note: a run of letters and digits (with inner apostrophes, as in "Crohn's") and its lookup key.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Key">The word normalised as MeSH terms are ("Crohn's" → "crohn", "platelets" → "platelet").</param>
/// <param name="Clause">The clause it belongs to; scopes such as negation never cross clauses.</param>
/// <param name="AfterBracket">True when a closing parenthesis stands between the previous word and this one.</param>
/// <param name="Sentence">The sentence it belongs to: sentences hold clauses, and end only at a full stop, "!", "?" or a line break (not one after a colon or before a list item).</param>
internal readonly record struct NoteWord(int Start, int Length, string Key, int Clause, bool AfterBracket, int Sentence)
{
    public int End => Start + Length;
}
