using System.Text.Json.Nodes;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>
/// The API v2 enum strings a strict importer accepts, by JSON path (array indexes written as []), and a check
/// that a mapped study uses no other value at those paths.
/// </summary>
internal static class V2Vocabulary
{
    private static readonly string[] Status =
    [
        "ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "RECRUITING", "SUSPENDED",
        "TERMINATED", "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING",
        "WITHHELD", "UNKNOWN",
    ];

    private static readonly string[] AgencyClass = ["NIH", "FED", "OTHER_GOV", "INDIV", "INDUSTRY", "NETWORK", "AMBIG", "OTHER", "UNKNOWN"];
    private static readonly string[] DateType = ["ACTUAL", "ESTIMATED"];
    private static readonly string[] Role = ["STUDY_CHAIR", "STUDY_DIRECTOR", "PRINCIPAL_INVESTIGATOR", "SUB_INVESTIGATOR", "CONTACT"];

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["protocolSection.statusModule.overallStatus"] = Status,
        ["protocolSection.statusModule.lastKnownStatus"] = Status,
        ["protocolSection.contactsLocationsModule.locations[].status"] = Status[..9],
        ["protocolSection.identificationModule.organization.class"] = AgencyClass,
        ["protocolSection.sponsorCollaboratorsModule.leadSponsor.class"] = AgencyClass,
        ["protocolSection.sponsorCollaboratorsModule.collaborators[].class"] = AgencyClass,
        ["protocolSection.sponsorCollaboratorsModule.responsibleParty.type"] = ["SPONSOR", "PRINCIPAL_INVESTIGATOR", "SPONSOR_INVESTIGATOR"],
        ["protocolSection.statusModule.startDateStruct.type"] = DateType,
        ["protocolSection.statusModule.primaryCompletionDateStruct.type"] = DateType,
        ["protocolSection.statusModule.completionDateStruct.type"] = DateType,
        ["protocolSection.statusModule.studyFirstPostDateStruct.type"] = DateType,
        ["protocolSection.statusModule.resultsFirstPostDateStruct.type"] = DateType,
        ["protocolSection.statusModule.dispFirstPostDateStruct.type"] = DateType,
        ["protocolSection.statusModule.lastUpdatePostDateStruct.type"] = DateType,
        ["protocolSection.designModule.enrollmentInfo.type"] = DateType,
        ["protocolSection.designModule.studyType"] = ["EXPANDED_ACCESS", "INTERVENTIONAL", "OBSERVATIONAL"],
        ["protocolSection.designModule.phases[]"] = ["NA", "EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4"],
        ["protocolSection.designModule.designInfo.allocation"] = ["RANDOMIZED", "NON_RANDOMIZED", "NA"],
        ["protocolSection.designModule.designInfo.interventionModel"] = ["SINGLE_GROUP", "PARALLEL", "CROSSOVER", "FACTORIAL", "SEQUENTIAL"],
        ["protocolSection.designModule.designInfo.primaryPurpose"] =
        [
            "TREATMENT", "PREVENTION", "DIAGNOSTIC", "ECT", "SUPPORTIVE_CARE", "SCREENING", "HEALTH_SERVICES_RESEARCH", "BASIC_SCIENCE",
            "DEVICE_FEASIBILITY", "OTHER",
        ],
        ["protocolSection.designModule.designInfo.observationalModel"] =
        [
            "COHORT", "CASE_CONTROL", "CASE_ONLY", "CASE_CROSSOVER", "ECOLOGIC_OR_COMMUNITY", "FAMILY_BASED", "DEFINED_POPULATION",
            "NATURAL_HISTORY", "OTHER",
        ],
        ["protocolSection.designModule.designInfo.timePerspective"] = ["RETROSPECTIVE", "PROSPECTIVE", "CROSS_SECTIONAL", "OTHER"],
        ["protocolSection.designModule.designInfo.maskingInfo.masking"] = ["NONE", "SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"],
        ["protocolSection.designModule.designInfo.maskingInfo.whoMasked[]"] = ["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"],
        ["protocolSection.designModule.bioSpec.retention"] = ["NONE_RETAINED", "SAMPLES_WITH_DNA", "SAMPLES_WITHOUT_DNA"],
        ["protocolSection.armsInterventionsModule.armGroups[].type"] =
            ["EXPERIMENTAL", "ACTIVE_COMPARATOR", "PLACEBO_COMPARATOR", "SHAM_COMPARATOR", "NO_INTERVENTION", "OTHER"],
        ["protocolSection.armsInterventionsModule.interventions[].type"] =
        [
            "BEHAVIORAL", "BIOLOGICAL", "COMBINATION_PRODUCT", "DEVICE", "DIAGNOSTIC_TEST", "DIETARY_SUPPLEMENT", "DRUG", "GENETIC",
            "PROCEDURE", "RADIATION", "OTHER",
        ],
        ["protocolSection.eligibilityModule.sex"] = ["FEMALE", "MALE", "ALL"],
        ["protocolSection.eligibilityModule.stdAges[]"] = ["CHILD", "ADULT", "OLDER_ADULT"],
        ["protocolSection.eligibilityModule.samplingMethod"] = ["PROBABILITY_SAMPLE", "NON_PROBABILITY_SAMPLE"],
        ["protocolSection.contactsLocationsModule.centralContacts[].role"] = Role,
        ["protocolSection.contactsLocationsModule.overallOfficials[].role"] = Role,
        ["protocolSection.contactsLocationsModule.locations[].contacts[].role"] = Role,
        ["protocolSection.referencesModule.references[].type"] = ["BACKGROUND", "RESULT", "DERIVED"],
        ["protocolSection.ipdSharingStatementModule.ipdSharing"] = ["YES", "NO", "UNDECIDED"],
        ["protocolSection.ipdSharingStatementModule.infoTypes[]"] = ["STUDY_PROTOCOL", "SAP", "ICF", "CSR", "ANALYTIC_CODE"],
        ["annotationSection.annotationModule.unpostedAnnotation.unpostedEvents[].type"] = ["RESET", "RELEASE", "UNRELEASE"],
    };

    /// <summary>Every value at an enum path that is not an API v2 enum string, as "path = value".</summary>
    public static IEnumerable<string> Violations(JsonNode study) => Walk(study, "");

    private static IEnumerable<string> Walk(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    foreach (var violation in Walk(child, path.Length == 0 ? key : $"{path}.{key}"))
                    {
                        yield return violation;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var violation in Walk(item, path + "[]"))
                    {
                        yield return violation;
                    }
                }

                break;
            case JsonValue value when Allowed.TryGetValue(path, out var allowed):
                var text = value.ToJsonString();
                if (!value.TryGetValue<string>(out var s) || Array.IndexOf(allowed, s) < 0)
                {
                    yield return $"{path} = {text}";
                }

                break;
        }
    }
}
