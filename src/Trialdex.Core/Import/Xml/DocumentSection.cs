using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps provided_document_section to the v2 <c>documentSection.largeDocumentModule</c>. The XML gives no upload
/// date or size; the file name is the last segment of the document URL.
/// </summary>
internal static class DocumentSection
{
    public static JsonObject? Map(XElement study)
    {
        var documents = JsonFields.Objects(study.Element("provided_document_section")?.Elements("provided_document") ?? [], Document);
        return documents is null ? null : new JsonObject { ["largeDocumentModule"] = new JsonObject { ["largeDocs"] = documents } };
    }

    private static JsonObject Document(XElement document)
    {
        var hasProtocol = document.YesNo("document_has_protocol");
        var hasSap = document.YesNo("document_has_sap");
        var hasIcf = document.YesNo("document_has_icf");
        var abbreviations = new[] { hasProtocol == true ? "Prot" : null, hasSap == true ? "SAP" : null, hasIcf == true ? "ICF" : null };
        var url = document.Text("document_url");
        var result = new JsonObject();
        result.Put("typeAbbrev", string.Join('_', abbreviations.OfType<string>()) is { Length: > 0 } abbreviation ? abbreviation : null);
        result.Put("hasProtocol", hasProtocol);
        result.Put("hasSap", hasSap);
        result.Put("hasIcf", hasIcf);
        result.Put("label", document.Text("document_type"));
        result.Put("date", LegacyDates.Date(document.Element("document_date")));
        result.Put("filename", url?[(url.LastIndexOf('/') + 1)..] is { Length: > 0 } name ? name : null);
        return result;
    }
}
