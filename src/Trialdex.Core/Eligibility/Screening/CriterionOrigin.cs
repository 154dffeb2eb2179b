namespace Trialdex.Core.Eligibility.Screening;

/// <summary>Where a screened criterion comes from: the criteria text's lists, or the registry's structured fields.</summary>
public enum CriterionOrigin
{
    /// <summary>An inclusion criterion: it must be met.</summary>
    Inclusion,

    /// <summary>An exclusion criterion: being met rules the patient out.</summary>
    Exclusion,

    /// <summary>A criterion outside any inclusion or exclusion heading; it never rules out on its own.</summary>
    Unclassified,

    /// <summary>A structured registry field (sex, minimum or maximum age, healthy volunteers), which must be met.</summary>
    RegistryField,
}
