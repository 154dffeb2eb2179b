
namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps provided_document_section to the v2 <c>documentSection.largeDocumentModule</c>. The XML gives no upload
/// date or size; the file name is the last segment of the document URL.
/// </summary>
internal static class DocumentSection
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.Object("documentSection");
        json.Object("largeDocumentModule");
        json.Objects("largeDocs", study.Element("provided_document_section")?.Elements("provided_document") ?? [], Document);
        json.End();
        json.End();
    }

    private static void Document(V2JsonWriter json, RecordElement document)
    {
        var hasProtocol = document.YesNo("document_has_protocol");
        var hasSap = document.YesNo("document_has_sap");
        var hasIcf = document.YesNo("document_has_icf");
        var abbreviations = new[] { hasProtocol == true ? "Prot" : null, hasSap == true ? "SAP" : null, hasIcf == true ? "ICF" : null };
        var url = document.Text("document_url");
        json.String("typeAbbrev", string.Join('_', abbreviations.OfType<string>()) is { Length: > 0 } abbreviation ? abbreviation : null);
        json.Bool("hasProtocol", hasProtocol);
        json.Bool("hasSap", hasSap);
        json.Bool("hasIcf", hasIcf);
        json.String("label", document.Text("document_type"));
        json.String("date", LegacyDates.Date(document.Element("document_date")));
        json.String("filename", url?[(url.LastIndexOf('/') + 1)..] is { Length: > 0 } name ? name : null);
    }
}
