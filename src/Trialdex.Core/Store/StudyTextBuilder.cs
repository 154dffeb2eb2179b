using Trialdex.Core.Studies;

namespace Trialdex.Core.Store;

/// <summary>Gathers a study's searchable text into the fields full-text search weighs separately.</summary>
internal static class StudyTextBuilder
{
    public static StudyText Build(Study study)
    {
        var p = study.ProtocolSection;
        var id = p?.IdentificationModule;
        var arms = p?.ArmsInterventionsModule;
        var outcomes = p?.OutcomesModule;
        var sponsors = p?.SponsorCollaboratorsModule;
        var derived = study.DerivedSection;
        var values = new string[StudyText.Fields.Count];
        values[(int)TextField.NctIdAndAcronym] = Join(id?.NctId, id?.Acronym);
        values[(int)TextField.BriefTitle] = Join(id?.BriefTitle);
        values[(int)TextField.OfficialTitle] = Join(id?.OfficialTitle);
        values[(int)TextField.Conditions] = Join(p?.ConditionsModule?.Conditions);
        values[(int)TextField.ConditionMeshTerms] = Join((derived?.ConditionBrowseModule?.Meshes ?? []).Select(m => m.Term));
        values[(int)TextField.ConditionAncestorTerms] = Join((derived?.ConditionBrowseModule?.Ancestors ?? []).Select(m => m.Term));
        values[(int)TextField.Keywords] = Join(p?.ConditionsModule?.Keywords);
        values[(int)TextField.InterventionNames] = Join((arms?.Interventions ?? []).Select(i => i.Name));
        values[(int)TextField.InterventionOtherNames] = Join((arms?.Interventions ?? []).SelectMany(i => i.OtherNames ?? []));
        values[(int)TextField.InterventionTypes] = Join((arms?.Interventions ?? []).Select(i => i.Type).OfType<InterventionType>().Distinct().Select(t => EnumText.Display(t)));
        values[(int)TextField.ArmGroupTypes] = Join((arms?.ArmGroups ?? []).Select(a => a.Type).OfType<ArmGroupType>().Distinct().Select(t => EnumText.Display(t)));
        values[(int)TextField.InterventionMeshTerms] = Join((derived?.InterventionBrowseModule?.Meshes ?? []).Select(m => m.Term));
        values[(int)TextField.InterventionAncestorTerms] = Join((derived?.InterventionBrowseModule?.Ancestors ?? []).Select(m => m.Term));
        values[(int)TextField.BriefSummary] = Join(p?.DescriptionModule?.BriefSummary);
        values[(int)TextField.DetailedDescription] = Join(p?.DescriptionModule?.DetailedDescription);
        values[(int)TextField.EligibilityCriteria] = Join(p?.EligibilityModule?.EligibilityCriteria, p?.EligibilityModule?.StudyPopulation);
        values[(int)TextField.Outcomes] = Join(new[] { outcomes?.PrimaryOutcomes, outcomes?.SecondaryOutcomes, outcomes?.OtherOutcomes }
            .SelectMany(list => list ?? []).SelectMany(o => new[] { o.Measure, o.Description }));
        values[(int)TextField.LeadSponsor] = Join(sponsors?.LeadSponsor?.Name);
        values[(int)TextField.Collaborators] = Join((sponsors?.Collaborators ?? []).Select(c => c.Name));
        values[(int)TextField.Locations] = Join((p?.ContactsLocationsModule?.Locations ?? []).SelectMany(l => new[] { l.Facility, l.City, l.State, l.Zip, l.Country }));
        values[(int)TextField.Identifiers] = Join(((IEnumerable<string?>)[id?.NctId, id?.OrgStudyIdInfo?.Id])
            .Concat((id?.SecondaryIdInfos ?? []).Select(s => s.Id)).Concat(id?.NctIdAliases ?? []));
        return new StudyText(values);
    }

    private static string Join(params IEnumerable<string?>? values) =>
        string.Join('\n', (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)));
}
