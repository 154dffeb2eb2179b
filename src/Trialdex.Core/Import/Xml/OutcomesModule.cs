using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps primary_outcome, secondary_outcome and other_outcome to the v2 <c>outcomesModule</c>.</summary>
internal static class OutcomesModule
{
    public static JsonObject Map(XElement study)
    {
        var module = new JsonObject();
        module.Put("primaryOutcomes", JsonFields.Objects(study.Elements("primary_outcome"), Outcome));
        module.Put("secondaryOutcomes", JsonFields.Objects(study.Elements("secondary_outcome"), Outcome));
        module.Put("otherOutcomes", JsonFields.Objects(study.Elements("other_outcome"), Outcome));
        return module;
    }

    private static JsonObject Outcome(XElement outcome) =>
        new JsonObject().Texts(outcome, ("measure", "measure"), ("description", "description"), ("timeFrame", "time_frame"));
}
