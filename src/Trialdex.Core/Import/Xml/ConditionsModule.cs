using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps condition and keyword to the v2 <c>conditionsModule</c>.</summary>
internal static class ConditionsModule
{
    public static void Write(V2JsonWriter json, XElement study)
    {
        json.Strings("conditions", study.Texts("condition"));
        json.Strings("keywords", study.Texts("keyword"));
    }
}
