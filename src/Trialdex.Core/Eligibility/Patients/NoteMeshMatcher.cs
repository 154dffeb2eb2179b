using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>Finds the longest MeSH disease term that starts at a word of a note.</summary>
internal static class NoteMeshMatcher
{
    // Descriptors too general to be a patient's condition, skipped when a vocabulary has no tree numbers to tell.
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "Disease", "Syndrome", "Patients", "Women", "Men", "Aged", "Adult", "Child", "Infant", "Adolescent", "Pregnant Women",
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

    /// <summary>A disease (tree C) or mental disorder (F03); without tree numbers, anything but a few general headings.</summary>
    private static bool IsCondition(MeshDescriptor descriptor) =>
        descriptor.TreeNumbers.Count == 0
            ? !Generic.Contains(descriptor.Name)
            : descriptor.TreeNumbers.Any(t => t.StartsWith('C') || t.StartsWith("F03", StringComparison.Ordinal));

    /// <summary>A term MeSH lists only as an acronym ("ALL", "MS") matches only text written without lower case.</summary>
    private static bool MatchesCase(MeshDescriptor descriptor, string key, string written) =>
        !written.Any(char.IsLower)
        || descriptor.Terms.Any(t => !NoteText.IsAcronym(t) && MeshVocabulary.Normalize(t) == key);
}
