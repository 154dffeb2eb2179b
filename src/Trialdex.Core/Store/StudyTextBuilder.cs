using Trialdex.Core.Studies;

namespace Trialdex.Core.Store;

/// <summary>Gathers a study's searchable text into the groups full-text search weighs separately.</summary>
internal static class StudyTextBuilder
{
    public static StudyText Build(Study study)
    {
        var p = study.ProtocolSection;
        var id = p?.IdentificationModule;
        var arms = p?.ArmsInterventionsModule;
        var outcomes = p?.OutcomesModule;
        var sponsors = p?.SponsorCollaboratorsModule;
        return new StudyText(
            Titles: Join(id?.NctId, id?.Acronym, id?.BriefTitle, id?.OfficialTitle),
            Conditions: Join(p?.ConditionsModule?.Conditions),
            Keywords: Join(p?.ConditionsModule?.Keywords),
            Interventions: Join((arms?.Interventions ?? []).SelectMany(i => (IEnumerable<string?>)[i.Name, .. i.OtherNames ?? [], i.Description])),
            Summaries: Join(p?.DescriptionModule?.BriefSummary, p?.DescriptionModule?.DetailedDescription),
            Eligibility: Join(p?.EligibilityModule?.EligibilityCriteria, p?.EligibilityModule?.StudyPopulation),
            Outcomes: Join(new[] { outcomes?.PrimaryOutcomes, outcomes?.SecondaryOutcomes, outcomes?.OtherOutcomes }
                .SelectMany(list => list ?? []).SelectMany(o => new[] { o.Measure, o.Description })),
            Sponsors: Join(((IEnumerable<string?>)[sponsors?.LeadSponsor?.Name]).Concat((sponsors?.Collaborators ?? []).Select(c => c.Name))),
            Locations: Join((p?.ContactsLocationsModule?.Locations ?? []).SelectMany(l => new[] { l.Facility, l.City, l.State, l.Zip, l.Country })));
    }

    private static string Join(params IEnumerable<string?>? values) =>
        string.Join('\n', (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)));
}
