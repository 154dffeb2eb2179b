namespace Trialdex.Core.Import.Xml;

/// <summary>
/// The legacy XML values of every enumerated element and their API v2 counterparts, after the ClinicalTrials.gov
/// API migration guide, plus the spellings of pre-2017 records (e.g. "Both", "Double Blind (Subject)").
/// </summary>
internal static class LegacyEnums
{
    public static readonly LegacyEnum OverallStatus = new(
        ("Active, not recruiting", "ACTIVE_NOT_RECRUITING"), ("Completed", "COMPLETED"),
        ("Enrolling by invitation", "ENROLLING_BY_INVITATION"), ("Not yet recruiting", "NOT_YET_RECRUITING"),
        ("Recruiting", "RECRUITING"), ("Suspended", "SUSPENDED"), ("Terminated", "TERMINATED"), ("Withdrawn", "WITHDRAWN"),
        ("Available", "AVAILABLE"), ("No longer available", "NO_LONGER_AVAILABLE"),
        ("Temporarily not available", "TEMPORARILY_NOT_AVAILABLE"), ("Approved for marketing", "APPROVED_FOR_MARKETING"),
        ("Withheld", "WITHHELD"), ("Unknown status", "UNKNOWN"));

    public static readonly LegacyEnum LocationStatus = new(
        ("Active, not recruiting", "ACTIVE_NOT_RECRUITING"), ("Completed", "COMPLETED"),
        ("Enrolling by invitation", "ENROLLING_BY_INVITATION"), ("Not yet recruiting", "NOT_YET_RECRUITING"),
        ("Recruiting", "RECRUITING"), ("Suspended", "SUSPENDED"), ("Terminated", "TERMINATED"), ("Withdrawn", "WITHDRAWN"),
        ("Available", "AVAILABLE"));

    public static readonly LegacyEnum AgencyClass = new(
        ("NIH", "NIH"), ("U.S. Fed", "FED"), ("Industry", "INDUSTRY"), ("Other", "OTHER"));

    public static readonly LegacyEnum ResponsiblePartyType = new(
        ("Sponsor", "SPONSOR"), ("Principal Investigator", "PRINCIPAL_INVESTIGATOR"),
        ("Sponsor-Investigator", "SPONSOR_INVESTIGATOR"));

    public static readonly LegacyEnum ActualOrEstimated = new(("Actual", "ACTUAL"), ("Anticipated", "ESTIMATED"), ("Estimate", "ESTIMATED"));

    public static readonly LegacyEnum StudyType = new(
        ("Interventional", "INTERVENTIONAL"), ("Observational", "OBSERVATIONAL"),
        ("Observational [Patient Registry]", "OBSERVATIONAL"), ("Expanded Access", "EXPANDED_ACCESS"));

    public static readonly LegacyEnum Phase = new(
        ("Early Phase 1", "EARLY_PHASE1"), ("Phase 0", "EARLY_PHASE1"),
        ("Phase 1", "PHASE1"), ("Phase 2", "PHASE2"), ("Phase 3", "PHASE3"), ("Phase 4", "PHASE4"));

    public static readonly LegacyEnum Allocation = new(
        ("Randomized", "RANDOMIZED"), ("Non-Randomized", "NON_RANDOMIZED"), ("N/A", "NA"));

    public static readonly LegacyEnum InterventionModel = new(
        ("Single Group Assignment", "SINGLE_GROUP"), ("Parallel Assignment", "PARALLEL"),
        ("Crossover Assignment", "CROSSOVER"), ("Factorial Assignment", "FACTORIAL"), ("Sequential Assignment", "SEQUENTIAL"));

    public static readonly LegacyEnum PrimaryPurpose = new(
        ("Treatment", "TREATMENT"), ("Prevention", "PREVENTION"), ("Diagnostic", "DIAGNOSTIC"),
        ("Educational/Counseling/Training", "ECT"), ("Supportive Care", "SUPPORTIVE_CARE"), ("Screening", "SCREENING"),
        ("Health Services Research", "HEALTH_SERVICES_RESEARCH"), ("Basic Science", "BASIC_SCIENCE"),
        ("Device Feasibility", "DEVICE_FEASIBILITY"), ("Other", "OTHER"));

    public static readonly LegacyEnum ObservationalModel = new(
        ("Cohort", "COHORT"), ("Case-Control", "CASE_CONTROL"), ("Case Control", "CASE_CONTROL"),
        ("Case-Only", "CASE_ONLY"), ("Case-Crossover", "CASE_CROSSOVER"), ("Ecologic or Community", "ECOLOGIC_OR_COMMUNITY"),
        ("Family-Based", "FAMILY_BASED"), ("Defined Population", "DEFINED_POPULATION"),
        ("Natural History", "NATURAL_HISTORY"), ("Other", "OTHER"));

    public static readonly LegacyEnum TimePerspective = new(
        ("Retrospective", "RETROSPECTIVE"), ("Prospective", "PROSPECTIVE"), ("Cross-Sectional", "CROSS_SECTIONAL"),
        ("Other", "OTHER"));

    public static readonly LegacyEnum Masking = new(
        ("None", "NONE"), ("Open Label", "NONE"), ("Single", "SINGLE"), ("Single Blind", "SINGLE"),
        ("Double", "DOUBLE"), ("Double Blind", "DOUBLE"), ("Triple", "TRIPLE"), ("Triple Blind", "TRIPLE"),
        ("Quadruple", "QUADRUPLE"), ("Quadruple Blind", "QUADRUPLE"));

    public static readonly LegacyEnum WhoMasked = new(
        ("Participant", "PARTICIPANT"), ("Subject", "PARTICIPANT"), ("Care Provider", "CARE_PROVIDER"),
        ("Caregiver", "CARE_PROVIDER"), ("Investigator", "INVESTIGATOR"), ("Outcomes Assessor", "OUTCOMES_ASSESSOR"));

    public static readonly LegacyEnum BioSpecRetention = new(
        ("None Retained", "NONE_RETAINED"), ("Samples With DNA", "SAMPLES_WITH_DNA"),
        ("Samples Without DNA", "SAMPLES_WITHOUT_DNA"));

    public static readonly LegacyEnum ArmGroupType = new(
        ("Experimental", "EXPERIMENTAL"), ("Active Comparator", "ACTIVE_COMPARATOR"),
        ("Placebo Comparator", "PLACEBO_COMPARATOR"), ("Sham Comparator", "SHAM_COMPARATOR"),
        ("No Intervention", "NO_INTERVENTION"), ("Other", "OTHER"));

    public static readonly LegacyEnum InterventionType = new(
        ("Behavioral", "BEHAVIORAL"), ("Biological", "BIOLOGICAL"), ("Combination Product", "COMBINATION_PRODUCT"),
        ("Device", "DEVICE"), ("Diagnostic Test", "DIAGNOSTIC_TEST"), ("Dietary Supplement", "DIETARY_SUPPLEMENT"),
        ("Drug", "DRUG"), ("Genetic", "GENETIC"), ("Procedure", "PROCEDURE"), ("Radiation", "RADIATION"),
        ("Other", "OTHER"));

    public static readonly LegacyEnum Sex = new(("All", "ALL"), ("Both", "ALL"), ("Female", "FEMALE"), ("Male", "MALE"));

    public static readonly LegacyEnum SamplingMethod = new(
        ("Probability Sample", "PROBABILITY_SAMPLE"), ("Non-Probability Sample", "NON_PROBABILITY_SAMPLE"));

    public static readonly LegacyEnum Role = new(
        ("Study Chair", "STUDY_CHAIR"), ("Study Director", "STUDY_DIRECTOR"),
        ("Principal Investigator", "PRINCIPAL_INVESTIGATOR"), ("Sub-Investigator", "SUB_INVESTIGATOR"));

    public static readonly LegacyEnum IpdSharing = new(("Yes", "YES"), ("No", "NO"), ("Undecided", "UNDECIDED"));

    public static readonly LegacyEnum IpdInfoType = new(
        ("Study Protocol", "STUDY_PROTOCOL"), ("Statistical Analysis Plan (SAP)", "SAP"),
        ("Informed Consent Form (ICF)", "ICF"), ("Clinical Study Report (CSR)", "CSR"), ("Analytic Code", "ANALYTIC_CODE"));
}
