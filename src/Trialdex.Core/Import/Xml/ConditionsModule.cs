using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps condition and keyword to the v2 <c>conditionsModule</c>.</summary>
internal static class ConditionsModule
{
    public static JsonObject Map(XElement study)
    {
        var module = new JsonObject();
        module.Put("conditions", JsonFields.Strings(study.Texts("condition")));
        module.Put("keywords", JsonFields.Strings(study.Texts("keyword")));
        return module;
    }
}
