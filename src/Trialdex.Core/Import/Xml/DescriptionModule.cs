using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps brief_summary and detailed_description to the v2 <c>descriptionModule</c>.</summary>
internal static class DescriptionModule
{
    public static JsonObject Map(XElement study)
    {
        var module = new JsonObject();
        module.Put("briefSummary", study.Textblock("brief_summary"));
        module.Put("detailedDescription", study.Textblock("detailed_description"));
        return module;
    }
}
