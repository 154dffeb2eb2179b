
namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps pending_results to the v2 <c>annotationSection.annotationModule.unpostedAnnotation</c>: submitted is a
/// RELEASE, returned a RESET, submission_canceled an UNRELEASE; "Unknown" dates become <c>dateUnknown</c>.
/// </summary>
internal static class AnnotationSection
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.Object("annotationSection");
        json.Object("annotationModule");
        json.Object("unpostedAnnotation");
        json.Objects("unpostedEvents", study.Element("pending_results")?.Elements() ?? [], Event);
        json.End();
        json.End();
        json.End();
    }

    private static void Event(V2JsonWriter json, RecordElement pending)
    {
        var type = pending.LocalName switch
        {
            "submitted" => "RELEASE",
            "returned" => "RESET",
            "submission_canceled" => "UNRELEASE",
            _ => null,
        };
        if (type is null)
        {
            return;
        }

        json.String("type", type);
        if (string.Equals(XmlFields.Value(pending), "Unknown", StringComparison.OrdinalIgnoreCase))
        {
            json.Bool("dateUnknown", true);
        }
        else
        {
            json.String("date", LegacyDates.Date(pending));
        }
    }
}
