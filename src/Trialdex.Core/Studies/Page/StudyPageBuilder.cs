namespace Trialdex.Core.Studies.Page;

/// <summary>Maps each module of a study to its page section.</summary>
internal static class StudyPageBuilder
{
    public static StudyPage Build(Study study)
    {
        var protocol = study.ProtocolSection;
        var identification = protocol?.IdentificationModule;
        var sponsors = protocol?.SponsorCollaboratorsModule;
        var design = protocol?.DesignModule;
        var arms = protocol?.ArmsInterventionsModule;
        var id = identification?.NctId ?? "";
        var title = identification?.BriefTitle ?? identification?.OfficialTitle ?? id;

        return new StudyPage
        {
            Id = id,
            Title = title,
            OfficialTitle = identification?.OfficialTitle is { } official && official != title ? official : null,
            Sponsor = sponsors?.LeadSponsor?.Name,
            Status = StudyStatusText.From(protocol?.StatusModule),
            Phases = Texts(design?.Phases, EnumText.Display),
            Conditions = [.. protocol?.ConditionsModule?.Conditions ?? []],
            Treatments = [.. (arms?.Interventions ?? []).Select(TreatmentText.Of).OfType<string>()],
            StudyType = design?.StudyType is { } type ? EnumText.Display(type) : null,
            FunderTypes = FunderTypes(sponsors),
            Identifiers = StudyIdentifier.AllOf(identification),
            About = protocol?.DescriptionModule?.BriefSummary,
            FullDescription = protocol?.DescriptionModule?.DetailedDescription,
            Enrollment = ParticipantsText.Enrollment(design?.EnrollmentInfo),
            Sex = protocol?.EligibilityModule?.Sex is { } sex ? EnumText.Display(sex) : null,
            Ages = ParticipantsText.Ages(protocol?.EligibilityModule),
            Volunteers = ParticipantsText.Volunteers(protocol?.EligibilityModule?.HealthyVolunteers),
            Eligibility = EligibilitySection.From(protocol?.EligibilityModule),
            Design = TrialDesign.From(design?.DesignInfo),
            GroupSummary = PatientGroup.Summary(design?.EnrollmentInfo, arms?.ArmGroups),
            Groups = Texts(arms?.ArmGroups, PatientGroup.From),
            Outcomes = OutcomeMeasure.AllOf(protocol?.OutcomesModule),
            CentralContacts = Texts(protocol?.ContactsLocationsModule?.CentralContacts, PageContact.From),
            Locations = Texts(protocol?.ContactsLocationsModule?.Locations, SiteLocation.From),
            RelatedTerms = RelatedTerms(study.DerivedSection),
            Dates = RecordDates.From(protocol?.StatusModule),
            Source = RegistryLinks.ClinicalTrialsGov(id),
        };
    }

    private static List<TOut> Texts<TIn, TOut>(IReadOnlyList<TIn>? items, Func<TIn, TOut> text) =>
        items is null ? [] : [.. items.Select(text)];

    private static List<string> FunderTypes(SponsorCollaboratorsModule? sponsors) =>
        [.. new[] { sponsors?.LeadSponsor }.Concat(sponsors?.Collaborators ?? [])
            .Select(sponsor => sponsor?.Class)
            .OfType<AgencyClass>()
            .Select(EnumText.Display)
            .Distinct(StringComparer.Ordinal)];

    private static List<string> RelatedTerms(DerivedSection? derived) =>
        [.. new[] { derived?.ConditionBrowseModule, derived?.InterventionBrowseModule }
            .SelectMany(browse => (browse?.Meshes ?? []).Concat(browse?.Ancestors ?? []))
            .Select(mesh => mesh.Term)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
}
