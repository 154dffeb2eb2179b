using Trialdex.Core.Studies;

namespace Trialdex.Core.Store;

/// <summary>Builds a <see cref="StudyIndexRow"/> from the typed record; one small method per module.</summary>
internal static class StudyIndexer
{
    public static StudyIndexRow Index(Study study)
    {
        var p = study.ProtocolSection;
        var id = p?.IdentificationModule;
        var status = p?.StatusModule;
        var design = p?.DesignModule;
        var eligibility = p?.EligibilityModule;
        var sponsors = p?.SponsorCollaboratorsModule;
        var locations = Locations(p?.ContactsLocationsModule);
        return new StudyIndexRow
        {
            NctId = study.NctId ?? throw new ArgumentException("the study has no NCT id", nameof(study)),
            BriefTitle = id?.BriefTitle,
            OfficialTitle = id?.OfficialTitle,
            Acronym = id?.Acronym,
            OverallStatus = Api(status?.OverallStatus),
            Phases = Api(design?.Phases),
            StudyType = Api(design?.StudyType),
            Sex = Api(eligibility?.Sex),
            MinimumAgeDays = eligibility?.MinimumAge?.TotalDays,
            MaximumAgeDays = eligibility?.MaximumAge?.TotalDays,
            HealthyVolunteers = eligibility?.HealthyVolunteers,
            LeadSponsor = sponsors?.LeadSponsor?.Name,
            LeadSponsorClass = Api(sponsors?.LeadSponsor?.Class),
            CollaboratorClasses = Api(sponsors?.Collaborators?.Select(c => c.Class).OfType<AgencyClass>().Distinct().ToList()),
            StdAges = Api(eligibility?.StdAges),
            StartDate = status?.StartDateStruct?.Date?.Earliest,
            PrimaryCompletionDate = status?.PrimaryCompletionDateStruct?.Date?.Earliest,
            CompletionDate = status?.CompletionDateStruct?.Date?.Earliest,
            FirstPostedDate = status?.StudyFirstPostDateStruct?.Date?.Earliest,
            LastUpdatePostedDate = status?.LastUpdatePostDateStruct?.Date?.Earliest,
            Enrollment = design?.EnrollmentInfo?.Count,
            EnrollmentType = Api(design?.EnrollmentInfo?.Type),
            HasResults = study.HasResults ?? false,
            Countries = locations.Select(l => l.Country).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Conditions = NonEmpty(p?.ConditionsModule?.Conditions),
            Keywords = NonEmpty(p?.ConditionsModule?.Keywords),
            Interventions = Interventions(p?.ArmsInterventionsModule),
            ArmGroups = ArmGroups(p?.ArmsInterventionsModule),
            Locations = locations,
            SecondaryIds = SecondaryIds(id),
            MeshTerms = MeshTerms(study.DerivedSection),
            Text = StudyTextBuilder.Build(study),
        };
    }

    private static List<IndexedIntervention> Interventions(ArmsInterventionsModule? module) =>
        (module?.Interventions ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Name))
            .Select(i => new IndexedIntervention(Api(i.Type), i.Name!, i.Description, NonEmpty(i.OtherNames)))
            .ToList();

    private static List<IndexedArmGroup> ArmGroups(ArmsInterventionsModule? module) =>
        (module?.ArmGroups ?? []).Where(a => !string.IsNullOrWhiteSpace(a.Label))
            .Select(a => new IndexedArmGroup(a.Label!, Api(a.Type), a.Description))
            .ToList();

    /// <summary>
    /// The study's sites. A site without coordinates (every legacy XML record, some API v2 records) is geocoded from
    /// its city, state and country with the bundled gazetteer, marked approximate, so distance search covers it too.
    /// </summary>
    private static List<IndexedLocation> Locations(ContactsLocationsModule? module) =>
        (module?.Locations ?? []).Select(l =>
        {
            if (l.GeoPoint is { Lat: { } lat, Lon: { } lon })
            {
                return new IndexedLocation(l.Facility, l.City, l.State, l.Zip, l.Country, Api(l.Status), lat, lon);
            }

            var place = Geo.Gazetteer.Bundled?.FindSite(l.City, l.State, l.Country);
            return new IndexedLocation(l.Facility, l.City, l.State, l.Zip, l.Country, Api(l.Status), place?.Latitude, place?.Longitude, place is not null);
        }).ToList();

    private static List<IndexedIdentifier> SecondaryIds(IdentificationModule? id)
    {
        var ids = (id?.SecondaryIdInfos ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Id))
            .Select(s => new IndexedIdentifier(s.Id!, Api(s.Type), s.Domain)).ToList();
        if (!string.IsNullOrWhiteSpace(id?.OrgStudyIdInfo?.Id))
        {
            ids.Insert(0, new IndexedIdentifier(id.OrgStudyIdInfo.Id, "ORG_STUDY_ID", null));
        }

        ids.AddRange(NonEmpty(id?.NctIdAliases).Select(alias => new IndexedIdentifier(alias, "NCT_ALIAS", null)));
        return ids;
    }

    private static List<IndexedMeshTerm> MeshTerms(DerivedSection? derived) =>
        [
            .. Mesh(MeshTermKind.Condition, derived?.ConditionBrowseModule),
            .. Mesh(MeshTermKind.Intervention, derived?.InterventionBrowseModule),
        ];

    private static IEnumerable<IndexedMeshTerm> Mesh(MeshTermKind kind, BrowseModule? module) =>
        (module?.Meshes ?? []).Where(m => !string.IsNullOrWhiteSpace(m.Term)).Select(m => new IndexedMeshTerm(kind, m.Id, m.Term!, false))
            .Concat((module?.Ancestors ?? []).Where(m => !string.IsNullOrWhiteSpace(m.Term)).Select(m => new IndexedMeshTerm(kind, m.Id, m.Term!, true)));

    private static List<string> NonEmpty(IReadOnlyList<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();

    private static string? Api<T>(T? value) where T : struct, Enum => value is { } v ? EnumText.ApiValue(v) : null;

    private static List<string> Api<T>(IReadOnlyList<T>? values) where T : struct, Enum =>
        (values ?? []).Select(v => EnumText.ApiValue(v)).ToList();
}
