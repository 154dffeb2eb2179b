using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>Finds the longest MeSH disease term that starts at a word of a note.</summary>
internal static class NoteMeshMatcher
{
    // Descriptors that notes name without meaning a condition of the patient: too general, or people ("white
    // female", "African American"), some of which newer MeSH files hold without tree numbers to tell.
    private static readonly HashSet<string> NotConditions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Disease", "Syndrome", "Emergencies", "Patients", "Women", "Men", "Aged", "Adult", "Child", "Infant", "Adolescent",
        "Pregnant Women", "White", "White People", "African People", "Black People", "Black or African American",
        "Asian People", "Hispanic or Latino", "Obstetricians", "Physicians", "Nurses",
    };

    /// <summary>The descriptor of the longest MeSH disease term at word <paramref name="first"/>, or (null, 0).</summary>
    public static (MeshDescriptor? Descriptor, int Length) Mesh(NoteText note, int first, MeshVocabulary vocabulary, int longest)
    {
        for (var length = Math.Min(longest, note.Words.Count - first); length > 0; length--)
        {
            if (!note.IsPhrase(first, first + length - 1))
            {
                continue;
            }

            var key = note.Key(first, length);
            var written = note.Slice(first, first + length - 1);
            var descriptor = vocabulary.FindByTerm(key).FirstOrDefault(d => IsCondition(d) && MatchesCase(d, key, written));
            if (descriptor is not null)
            {
                return (descriptor, length);
            }
        }

        return (null, 0);
    }

    /// <summary>
    /// A condition (<see cref="MeshTreeNumber.IsCondition"/>), or a descriptor without tree numbers (newer than the tree file),
    /// unless it is one of the few that notes use for something else.
    /// </summary>
    private static bool IsCondition(MeshDescriptor descriptor) =>
        !NotConditions.Contains(descriptor.Name)
        && (descriptor.TreeNumbers.Count == 0 || descriptor.TreeNumbers.Any(MeshTreeNumber.IsCondition));

    /// <summary>A term MeSH lists only as an acronym ("ALL", "MS") matches only text written without lower case.</summary>
    private static bool MatchesCase(MeshDescriptor descriptor, string key, string written) =>
        !written.Any(char.IsLower)
        || descriptor.Terms.Any(t => !NoteText.IsAcronym(t) && MeshVocabulary.Normalize(t) == key);
}
