using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps arm_group and intervention to the v2 <c>armsInterventionsModule</c>. Each arm group lists, as API v2
/// does, the interventions naming it, as "Type: Name" ("Drug: Aspirin"), in the interventions' order.
/// </summary>
internal static class ArmsInterventionsModule
{
    public static JsonObject Map(XElement study)
    {
        var titlesByArm = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var interventions = JsonFields.Objects(study.Elements("intervention"), i => Intervention(i, titlesByArm));
        var module = new JsonObject();
        module.Put("armGroups", JsonFields.Objects(study.Elements("arm_group"), arm => ArmGroup(arm, titlesByArm)));
        module.Put("interventions", interventions);
        return module;
    }

    private static JsonObject ArmGroup(XElement arm, Dictionary<string, List<string>> titlesByArm)
    {
        var label = arm.Text("arm_group_label");
        var group = new JsonObject();
        group.Put("label", label);
        group.Put("type", LegacyEnums.ArmGroupType.Map(arm.Element("arm_group_type")));
        group.Put("description", arm.Text("description"));
        group.Put("interventionNames", label is not null && titlesByArm.TryGetValue(label, out var titles) ? JsonFields.Strings(titles) : null);
        return group;
    }

    private static JsonObject Intervention(XElement intervention, Dictionary<string, List<string>> titlesByArm)
    {
        var type = LegacyEnums.InterventionType.Map(intervention.Element("intervention_type"));
        var name = intervention.Text("intervention_name");
        var labels = intervention.Texts("arm_group_label").ToList();
        var json = new JsonObject();
        json.Put("type", type);
        json.Put("name", name);
        json.Put("description", intervention.Text("description"));
        json.Put("armGroupLabels", JsonFields.Strings(labels));
        json.Put("otherNames", JsonFields.Strings(intervention.Texts("other_name")));
        if (name is not null)
        {
            var title = type is null ? name : $"{LegacyEnums.InterventionType.Label(type)}: {name}";
            foreach (var label in labels.Distinct(StringComparer.Ordinal))
            {
                titlesByArm.TryAdd(label, []);
                titlesByArm[label].Add(title);
            }
        }

        return json;
    }
}
