using Trialdex.Core.Store;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Expands condition text through the loaded MeSH vocabulary, as ClinicalTrials.gov does: text that names a
/// descriptor (by its heading or any entry term) also matches studies indexed to that descriptor or any of its
/// descendants, through their condition MeSH terms and ancestors.
/// </summary>
internal sealed class MeshExpansion
{
    private const int MaxTerms = 300;
    private readonly MeshVocabulary _vocabulary;

    public MeshExpansion(MeshVocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>An FTS5 expression over the condition MeSH columns, or null when the text names no descriptor.</summary>
    public string? Expand(string text)
    {
        var descriptors = _vocabulary.FindByTerm(text);
        if (descriptors.Count == 0)
        {
            return null;
        }

        var names = descriptors.SelectMany(d => _vocabulary.DescendantsOf(d).Prepend(d)).Select(d => d.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList();
        return FtsExpression.Columns([TextField.ConditionMeshTerms, TextField.ConditionAncestorTerms])
            + "(" + string.Join(" OR ", names.Select(FtsExpression.Quote)) + ")";
    }
}
