using System.Text.Json.Nodes;
using Trialdex.Core.Store;
using Trialdex.Core.Vocabulary;
using Trialdex.Storage.Sqlite.Search.Text;

namespace Trialdex.Storage.Sqlite.Search;

/// <summary>
/// Expands condition text through the loaded MeSH vocabulary, as ClinicalTrials.gov does: text that names a
/// descriptor (by its heading or any entry term) also matches studies indexed to that descriptor or any of its
/// descendants, through their condition MeSH terms and ancestors.
/// </summary>
internal sealed class MeshExpansion
{
    private readonly MeshVocabulary _vocabulary;

    public MeshExpansion(MeshVocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>What <paramref name="text"/> expands to, or null when it names no descriptor.</summary>
    public ConditionExpansion? Expand(string text)
    {
        var descriptors = _vocabulary.FindByTerm(text);
        if (descriptors.Count == 0)
        {
            return null;
        }

        var all = descriptors.SelectMany(d => _vocabulary.DescendantsOf(d).Prepend(d)).DistinctBy(d => d.Id).ToList();
        return new ConditionExpansion(
            [.. all.Select(d => d.Name).Distinct(StringComparer.Ordinal)],
            [.. all.Select(d => d.Id).Where(id => id.Length > 0)],
            new OrQuery([.. descriptors.Select(d => d.Name).Distinct(StringComparer.Ordinal)
                .Select(name => new PhraseQuery(name, [TextField.ConditionMeshTerms, TextField.ConditionAncestorTerms]))]));
    }
}

/// <summary>
/// The studies a condition query reaches through MeSH: those with a condition MeSH term or ancestor named one of
/// <paramref name="Names"/> (compared as SQLite's NOCASE compares) or carrying one of <paramref name="Ids"/> — the
/// descriptors the text names and all their descendants, however many (matched as a set, never as FTS5 phrases:
/// hundreds of OR'ed phrases made one condition search cost seconds). <paramref name="RankMatch"/> is what the
/// expansion adds to the ranking: the named descriptors' own headings in the MeSH columns, which every study indexed
/// to one of them or to a descendant whose heading contains it, or listing it as an ancestor, holds.
/// </summary>
internal sealed record ConditionExpansion(IReadOnlyList<string> Names, IReadOnlyList<string> Ids, TextQuery RankMatch)
{
    /// <summary>SQL selecting the ids of the studies the expansion reaches, its values added to <paramref name="parameters"/>.</summary>
    public string Select(SqlParameters parameters) =>
        $"SELECT study_id FROM study_mesh_terms WHERE kind = 'condition' AND term COLLATE NOCASE IN (SELECT value FROM json_each({parameters.Add(Json(Names))}))"
        + $" UNION SELECT study_id FROM study_mesh_terms WHERE kind = 'condition' AND mesh_id IN (SELECT value FROM json_each({parameters.Add(Json(Ids))}))";

    /// <summary>The studies any of <paramref name="parts"/> reaches, ranked by all their headings.</summary>
    public static ConditionExpansion Union(IReadOnlyList<ConditionExpansion> parts) => new(
        [.. parts.SelectMany(p => p.Names).Distinct(StringComparer.Ordinal)],
        [.. parts.SelectMany(p => p.Ids).Distinct(StringComparer.Ordinal)],
        new OrQuery([.. parts.Select(p => p.RankMatch).DistinctBy(q => q.ToMatch(), StringComparer.Ordinal)]));

    private static string Json(IReadOnlyList<string> values) => new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]).ToJsonString();
}
