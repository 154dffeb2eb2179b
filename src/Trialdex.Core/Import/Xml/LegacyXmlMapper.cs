using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps one legacy ClinicalTrials.gov XML record (<c>&lt;clinical_study&gt;</c>, public.xsd, as in the retired
/// AllPublicXML.zip) to the API v2 study JSON shape, with v2 property names and enum strings, so legacy dumps
/// import through the same path as v2 downloads. Results are not mapped (only <c>hasResults</c>); elements v2
/// dropped (number_of_arms, location_countries, oversight authority, …) are ignored.
/// Records are loaded by one of two loaders into the same tree, then mapped by one path: given bytes,
/// <see cref="Utf8RecordLoader"/> loads the simple well-formed UTF-8 records ClinicalTrials.gov writes in about half
/// the time XmlReader takes, and gives up on anything else; <see cref="RecordLoader"/> over XmlReader stays the reference,
/// reads every other document, and gives every error message.
/// </summary>
public static class LegacyXmlMapper
{
    /// <summary>How the mapper reads a stream with XmlReader: no DTD, no comments or processing instructions.</summary>
    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>The protocol section's modules after identificationModule, in API v2 order.</summary>
    private static readonly (string Name, Action<V2JsonWriter, RecordElement> Write)[] Modules =
    [
        ("statusModule", StatusModule.Write),
        ("sponsorCollaboratorsModule", SponsorCollaboratorsModule.Write),
        ("oversightModule", OversightModule.Write),
        ("descriptionModule", DescriptionModule.Write),
        ("conditionsModule", ConditionsModule.Write),
        ("designModule", DesignModule.Write),
        ("armsInterventionsModule", ArmsInterventionsModule.Write),
        ("outcomesModule", OutcomesModule.Write),
        ("eligibilityModule", EligibilityModule.Write),
        ("contactsLocationsModule", ContactsLocationsModule.Write),
        ("referencesModule", ReferencesModule.Write),
        ("ipdSharingStatementModule", IpdSharingStatementModule.Write),
    ];

    /// <summary>Maps the record in <paramref name="xml"/>, which is left open.</summary>
    /// <exception cref="LegacyXmlException">The bytes are not a well-formed record this mapper can express in API v2.</exception>
    public static JsonObject Map(Stream xml) => Parse(MapToUtf8(xml));

    /// <summary>Maps the record at the reader's position (the reader should prohibit DTDs).</summary>
    /// <exception cref="LegacyXmlException">The XML is not a well-formed record this mapper can express in API v2.</exception>
    public static JsonObject Map(XmlReader reader) => Parse(MapToUtf8(reader));

    /// <summary>
    /// Maps the record in <paramref name="xml"/>, which is left open, to the study's JSON as UTF-8: the bytes
    /// <see cref="System.Text.Json.JsonSerializer"/> writes for <see cref="Map(Stream)"/>'s object, without building it.
    /// </summary>
    /// <exception cref="LegacyXmlException">The bytes are not a well-formed record this mapper can express in API v2.</exception>
    public static byte[] MapToUtf8(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.CanSeek && xml.Position >= xml.Length)
        {
            throw new LegacyXmlException("empty input: no <clinical_study> element");
        }

        using var reader = XmlReader.Create(xml, Settings);
        return MapToUtf8(reader);
    }

    /// <summary>
    /// Maps the record in <paramref name="xml"/> to the study's JSON as UTF-8, the same bytes as <see cref="MapToUtf8(Stream)"/>
    /// gives for them, and the same exception when it throws. The simple well-formed UTF-8 records ClinicalTrials.gov
    /// writes are loaded straight from the bytes, in about half the time; anything else goes through XmlReader.
    /// </summary>
    /// <exception cref="LegacyXmlException">The bytes are not a well-formed record this mapper can express in API v2.</exception>
    public static byte[] MapToUtf8(ReadOnlyMemory<byte> xml)
    {
        if (Utf8RecordLoader.TryLoad(xml.Span) is { } study)
        {
            return MapStudy(study);
        }

        using var stream = ReadOnlyStream(xml);
        return MapToUtf8(stream);
    }

    /// <summary>Maps the record at the reader's position (the reader should prohibit DTDs) to the study's JSON as UTF-8.</summary>
    /// <exception cref="LegacyXmlException">The XML is not a well-formed record this mapper can express in API v2.</exception>
    public static byte[] MapToUtf8(XmlReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return MapStudy(Load(reader));
    }

    /// <summary>A stream over the bytes themselves, not a copy of them (a record is 17 KB on average in the legacy zip).</summary>
    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var array)
            ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private static JsonObject Parse(byte[] json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>Loads the record at the reader's position with <see cref="RecordLoader"/>, every XML error wrapped with its position.</summary>
    internal static RecordElement Load(XmlReader reader)
    {
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                throw new LegacyXmlException("no <clinical_study> element at the reader's position");
            }

            if (reader.LocalName != "clinical_study" || reader.NamespaceURI.Length > 0)
            {
                var (line, position) = Position(reader);
                throw new LegacyXmlException($"root element is <{reader.Name}>, expected <clinical_study> (line {line}, position {position})");
            }

            return RecordLoader.Load(reader);
        }
        catch (XmlException e)
        {
            var (line, position) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : Position(reader);
            var at = line > 0 ? $" at line {line}, position {position}" : "";
            throw new LegacyXmlException($"malformed XML{at}: {e.Message}", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new LegacyXmlException($"malformed XML: undecodable bytes: {e.Message}", e);
        }
    }

    private static (int Line, int Position) Position(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    private static byte[] MapStudy(RecordElement study)
    {
        var ids = study.Element("id_info") ?? throw study.Error("missing <id_info> with <nct_id>");
        var nctId = ids.Text("nct_id") ?? throw ids.Error("missing <nct_id>");
        if (!IsNctId(nctId))
        {
            throw ids.Element("nct_id")!.Error($"malformed <nct_id> '{nctId}'");
        }

        try
        {
            var json = V2JsonWriter.Start();
            ProtocolSection(json, study, nctId);
            AnnotationSection.Write(json, study);
            DocumentSection.Write(json, study);
            DerivedSection.Write(json, study);
            json.Bool("hasResults", study.Element("clinical_results") is not null);
            return json.Finish();
        }
        catch (LegacyXmlException e)
        {
            throw new LegacyXmlException($"{nctId}: {e.Message}", e);
        }
    }

    private static void ProtocolSection(V2JsonWriter json, RecordElement study, string nctId)
    {
        json.Object("protocolSection");
        json.Object("identificationModule");
        IdentificationModule.Write(json, study, nctId);
        json.End();
        foreach (var (name, write) in Modules)
        {
            json.Object(name);
            write(json, study);
            json.End();
        }

        json.End();
    }

    private static bool IsNctId(string id) =>
        id.Length == 11 && id.StartsWith("NCT", StringComparison.Ordinal) && id.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;
}
