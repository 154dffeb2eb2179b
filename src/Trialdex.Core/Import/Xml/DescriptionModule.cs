
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps brief_summary and detailed_description to the v2 <c>descriptionModule</c>.</summary>
internal static class DescriptionModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.String("briefSummary", study.Textblock("brief_summary"));
        json.String("detailedDescription", study.Textblock("detailed_description"));
    }
}
