
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps primary_outcome, secondary_outcome and other_outcome to the v2 <c>outcomesModule</c>.</summary>
internal static class OutcomesModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.Objects("primaryOutcomes", study.Elements("primary_outcome"), Outcome);
        json.Objects("secondaryOutcomes", study.Elements("secondary_outcome"), Outcome);
        json.Objects("otherOutcomes", study.Elements("other_outcome"), Outcome);
    }

    private static void Outcome(V2JsonWriter json, RecordElement outcome) =>
        json.Texts(outcome, ("measure", "measure"), ("description", "description"), ("timeFrame", "time_frame"));
}
