namespace Trialdex.Core.Eligibility;

/// <summary>Which list of a trial's eligibility criteria a criterion belongs to.</summary>
public enum CriterionKind
{
    /// <summary>A condition a participant must meet.</summary>
    Inclusion,

    /// <summary>A condition that rules a participant out.</summary>
    Exclusion,

    /// <summary>A criterion the text does not place under an inclusion or exclusion heading.</summary>
    Unclassified,
}
