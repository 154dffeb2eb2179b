using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps pending_results to the v2 <c>annotationSection.annotationModule.unpostedAnnotation</c>: submitted is a
/// RELEASE, returned a RESET, submission_canceled an UNRELEASE; "Unknown" dates become <c>dateUnknown</c>.
/// </summary>
internal static class AnnotationSection
{
    public static JsonObject? Map(XElement study)
    {
        var events = JsonFields.Objects(study.Element("pending_results")?.Elements() ?? [], Event);
        return events is null
            ? null
            : new JsonObject { ["annotationModule"] = new JsonObject { ["unpostedAnnotation"] = new JsonObject { ["unpostedEvents"] = events } } };
    }

    private static JsonObject Event(XElement pending)
    {
        var type = pending.Name.LocalName switch
        {
            "submitted" => "RELEASE",
            "returned" => "RESET",
            "submission_canceled" => "UNRELEASE",
            _ => null,
        };
        var result = new JsonObject();
        if (type is null)
        {
            return result;
        }

        result["type"] = type;
        if (string.Equals(XmlFields.Value(pending), "Unknown", StringComparison.OrdinalIgnoreCase))
        {
            result["dateUnknown"] = true;
        }
        else
        {
            result.Put("date", LegacyDates.Date(pending));
        }

        return result;
    }
}
