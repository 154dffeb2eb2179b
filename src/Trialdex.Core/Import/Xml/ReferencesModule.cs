using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps reference, results_reference, link and study_docs to the v2 <c>referencesModule</c>.</summary>
internal static class ReferencesModule
{
    public static JsonObject Map(XElement study)
    {
        var references = study.Elements("reference").Select(r => Reference(r, "BACKGROUND"))
            .Concat(study.Elements("results_reference").Select(r => Reference(r, "RESULT")));
        var module = new JsonObject();
        module.Put("references", JsonFields.Objects(references));
        module.Put("seeAlsoLinks", JsonFields.Objects(study.Elements("link"), Link));
        module.Put("availIpds", JsonFields.Objects(study.Element("study_docs")?.Elements("study_doc") ?? [], AvailableIpd));
        return module;
    }

    private static JsonObject Reference(XElement reference, string type)
    {
        var result = new JsonObject();
        result.Put("pmid", reference.Text("PMID"));
        result.Put("citation", reference.Text("citation"));
        if (result.Count > 0)
        {
            result.Insert(result.ContainsKey("pmid") ? 1 : 0, "type", type);
        }

        return result;
    }

    private static JsonObject Link(XElement link) => new JsonObject().Texts(link, ("label", "description"), ("url", "url"));

    private static JsonObject AvailableIpd(XElement document) =>
        new JsonObject().Texts(document, ("id", "doc_id"), ("type", "doc_type"), ("url", "doc_url"), ("comment", "doc_comment"));
}
