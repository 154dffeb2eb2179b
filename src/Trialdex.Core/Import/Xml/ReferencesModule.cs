
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps reference, results_reference, link and study_docs to the v2 <c>referencesModule</c>.</summary>
internal static class ReferencesModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.Array("references");
        References(json, study.Elements("reference"), "BACKGROUND");
        References(json, study.Elements("results_reference"), "RESULT");
        json.End();
        json.Objects("seeAlsoLinks", study.Elements("link"), Link);
        json.Objects("availIpds", study.Element("study_docs")?.Elements("study_doc") ?? [], AvailableIpd);
    }

    /// <summary>References of one type; the type follows the PMID and goes only in a reference that has something else.</summary>
    private static void References(V2JsonWriter json, IEnumerable<RecordElement> references, string type)
    {
        foreach (var reference in references)
        {
            var pmid = reference.Text("PMID");
            var citation = reference.Text("citation");
            if (pmid is null && citation is null)
            {
                continue;
            }

            json.Item();
            json.String("pmid", pmid);
            json.String("type", type);
            json.String("citation", citation);
            json.End();
        }
    }

    private static void Link(V2JsonWriter json, RecordElement link) => json.Texts(link, ("label", "description"), ("url", "url"));

    private static void AvailableIpd(V2JsonWriter json, RecordElement document) =>
        json.Texts(document, ("id", "doc_id"), ("type", "doc_type"), ("url", "doc_url"), ("comment", "doc_comment"));
}
