using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

[JsonConverter(typeof(ApiEnumConverter<StudyType>))]
public enum StudyType
{
    [JsonStringEnumMemberName("EXPANDED_ACCESS")] ExpandedAccess,
    [JsonStringEnumMemberName("INTERVENTIONAL")] Interventional,
    [JsonStringEnumMemberName("OBSERVATIONAL")] Observational,
}

[JsonConverter(typeof(ApiEnumConverter<Phase>))]
public enum Phase
{
    [JsonStringEnumMemberName("NA"), Description("Not Applicable")] NotApplicable,
    [JsonStringEnumMemberName("EARLY_PHASE1")] EarlyPhase1,
    [JsonStringEnumMemberName("PHASE1")] Phase1,
    [JsonStringEnumMemberName("PHASE2")] Phase2,
    [JsonStringEnumMemberName("PHASE3")] Phase3,
    [JsonStringEnumMemberName("PHASE4")] Phase4,
}

[JsonConverter(typeof(ApiEnumConverter<DesignAllocation>))]
public enum DesignAllocation
{
    [JsonStringEnumMemberName("RANDOMIZED")] Randomized,
    [JsonStringEnumMemberName("NON_RANDOMIZED"), Description("Non-Randomized")] NonRandomized,
    [JsonStringEnumMemberName("NA"), Description("N/A")] NotApplicable,
}

/// <summary>The intervention model of an interventional study.</summary>
[JsonConverter(typeof(ApiEnumConverter<InterventionalAssignment>))]
public enum InterventionalAssignment
{
    [JsonStringEnumMemberName("SINGLE_GROUP"), Description("Single Group Assignment")] SingleGroup,
    [JsonStringEnumMemberName("PARALLEL"), Description("Parallel Assignment")] Parallel,
    [JsonStringEnumMemberName("CROSSOVER"), Description("Crossover Assignment")] Crossover,
    [JsonStringEnumMemberName("FACTORIAL"), Description("Factorial Assignment")] Factorial,
    [JsonStringEnumMemberName("SEQUENTIAL"), Description("Sequential Assignment")] Sequential,
}

[JsonConverter(typeof(ApiEnumConverter<PrimaryPurpose>))]
public enum PrimaryPurpose
{
    [JsonStringEnumMemberName("TREATMENT")] Treatment,
    [JsonStringEnumMemberName("PREVENTION")] Prevention,
    [JsonStringEnumMemberName("DIAGNOSTIC")] Diagnostic,
    [JsonStringEnumMemberName("ECT"), Description("Educational/Counseling/Training")] Ect,
    [JsonStringEnumMemberName("SUPPORTIVE_CARE")] SupportiveCare,
    [JsonStringEnumMemberName("SCREENING")] Screening,
    [JsonStringEnumMemberName("HEALTH_SERVICES_RESEARCH")] HealthServicesResearch,
    [JsonStringEnumMemberName("BASIC_SCIENCE")] BasicScience,
    [JsonStringEnumMemberName("DEVICE_FEASIBILITY")] DeviceFeasibility,
    [JsonStringEnumMemberName("OTHER")] Other,
}

[JsonConverter(typeof(ApiEnumConverter<ObservationalModel>))]
public enum ObservationalModel
{
    [JsonStringEnumMemberName("COHORT")] Cohort,
    [JsonStringEnumMemberName("CASE_CONTROL"), Description("Case-Control")] CaseControl,
    [JsonStringEnumMemberName("CASE_ONLY"), Description("Case-Only")] CaseOnly,
    [JsonStringEnumMemberName("CASE_CROSSOVER"), Description("Case-Crossover")] CaseCrossover,
    [JsonStringEnumMemberName("ECOLOGIC_OR_COMMUNITY"), Description("Ecologic or Community")] EcologicOrCommunity,
    [JsonStringEnumMemberName("FAMILY_BASED"), Description("Family-Based")] FamilyBased,
    [JsonStringEnumMemberName("DEFINED_POPULATION")] DefinedPopulation,
    [JsonStringEnumMemberName("NATURAL_HISTORY")] NaturalHistory,
    [JsonStringEnumMemberName("OTHER")] Other,
}

/// <summary>The time perspective of an observational study (API v2 <c>DesignTimePerspective</c>).</summary>
[JsonConverter(typeof(ApiEnumConverter<TimePerspective>))]
public enum TimePerspective
{
    [JsonStringEnumMemberName("RETROSPECTIVE")] Retrospective,
    [JsonStringEnumMemberName("PROSPECTIVE")] Prospective,
    [JsonStringEnumMemberName("CROSS_SECTIONAL"), Description("Cross-Sectional")] CrossSectional,
    [JsonStringEnumMemberName("OTHER")] Other,
}

[JsonConverter(typeof(ApiEnumConverter<DesignMasking>))]
public enum DesignMasking
{
    [JsonStringEnumMemberName("NONE"), Description("None (Open Label)")] None,
    [JsonStringEnumMemberName("SINGLE")] Single,
    [JsonStringEnumMemberName("DOUBLE")] Double,
    [JsonStringEnumMemberName("TRIPLE")] Triple,
    [JsonStringEnumMemberName("QUADRUPLE")] Quadruple,
}

[JsonConverter(typeof(ApiEnumConverter<WhoMasked>))]
public enum WhoMasked
{
    [JsonStringEnumMemberName("PARTICIPANT")] Participant,
    [JsonStringEnumMemberName("CARE_PROVIDER")] CareProvider,
    [JsonStringEnumMemberName("INVESTIGATOR")] Investigator,
    [JsonStringEnumMemberName("OUTCOMES_ASSESSOR")] OutcomesAssessor,
}

[JsonConverter(typeof(ApiEnumConverter<BioSpecRetention>))]
public enum BioSpecRetention
{
    [JsonStringEnumMemberName("NONE_RETAINED")] NoneRetained,
    [JsonStringEnumMemberName("SAMPLES_WITH_DNA"), Description("Samples With DNA")] SamplesWithDna,
    [JsonStringEnumMemberName("SAMPLES_WITHOUT_DNA"), Description("Samples Without DNA")] SamplesWithoutDna,
}

[JsonConverter(typeof(ApiEnumConverter<EnrollmentType>))]
public enum EnrollmentType
{
    [JsonStringEnumMemberName("ACTUAL")] Actual,
    [JsonStringEnumMemberName("ESTIMATED")] Estimated,
}
