
namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps arm_group and intervention to the v2 <c>armsInterventionsModule</c>. Each arm group lists, as API v2
/// does, the interventions naming it, as "Type: Name" ("Drug: Aspirin"), in the interventions' order.
/// </summary>
internal static class ArmsInterventionsModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        var titlesByArm = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var interventions = study.Elements("intervention").Select(i => Intervention.Read(i, titlesByArm)).ToList();
        json.Array("armGroups");
        foreach (var arm in study.Elements("arm_group"))
        {
            json.Item();
            ArmGroup(json, arm, titlesByArm);
            json.End();
        }

        json.End();
        json.Array("interventions");
        foreach (var intervention in interventions)
        {
            json.Item();
            intervention.Write(json);
            json.End();
        }

        json.End();
    }

    private static void ArmGroup(V2JsonWriter json, RecordElement arm, Dictionary<string, List<string>> titlesByArm)
    {
        var label = arm.Text("arm_group_label");
        json.String("label", label);
        json.String("type", LegacyEnums.ArmGroupType.Map(arm.Element("arm_group_type")));
        json.String("description", arm.Text("description"));
        if (label is not null && titlesByArm.TryGetValue(label, out var titles))
        {
            json.Strings("interventionNames", titles);
        }
    }

    /// <summary>An intervention's values, read before the arm groups are written since each arm group lists the interventions naming it.</summary>
    private sealed record Intervention(RecordElement Element, string? Type, string? Name, List<string> Labels)
    {
        public static Intervention Read(RecordElement intervention, Dictionary<string, List<string>> titlesByArm)
        {
            var type = LegacyEnums.InterventionType.Map(intervention.Element("intervention_type"));
            var name = intervention.Text("intervention_name");
            var labels = intervention.Texts("arm_group_label").ToList();
            if (name is not null)
            {
                var title = type is null ? name : $"{LegacyEnums.InterventionType.Label(type)}: {name}";
                foreach (var label in labels.Distinct(StringComparer.Ordinal))
                {
                    titlesByArm.TryAdd(label, []);
                    titlesByArm[label].Add(title);
                }
            }

            return new Intervention(intervention, type, name, labels);
        }

        public void Write(V2JsonWriter json)
        {
            json.String("type", Type);
            json.String("name", Name);
            json.String("description", Element.Text("description"));
            json.Strings("armGroupLabels", Labels);
            json.Strings("otherNames", Element.Texts("other_name"));
        }
    }
}
