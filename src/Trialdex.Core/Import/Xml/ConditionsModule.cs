
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps condition and keyword to the v2 <c>conditionsModule</c>.</summary>
internal static class ConditionsModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.Strings("conditions", study.Texts("condition"));
        json.Strings("keywords", study.Texts("keyword"));
    }
}
