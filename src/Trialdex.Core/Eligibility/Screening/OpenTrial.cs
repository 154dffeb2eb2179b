using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// What screening reads of one open trial, as a store hands it to <see cref="OpenTrialSet.Build"/>: the fields of
/// its protocol section <see cref="Screener.ScreenTrial"/> uses, and its parsed criteria.
/// </summary>
/// <param name="NctId">The trial's id.</param>
/// <param name="OverallStatus">The recruitment status as the API writes it ("RECRUITING").</param>
/// <param name="BriefTitle">The brief title, or null.</param>
/// <param name="OfficialTitle">The official title, or null.</param>
/// <param name="Eligibility">Sex, minimum and maximum age and healthy volunteers (the criteria text is not needed), or null.</param>
/// <param name="Conditions">The conditions the trial studies, as its conditions module lists them.</param>
/// <param name="StoredCriteria">
/// The parsed criteria in their stored form (<see cref="Constraints.StoredCriteria"/>), or null when the store
/// holds no current one and gives <paramref name="ParsedCriteria"/> instead. Trials with the same stored form share
/// one reading of it.
/// </param>
/// <param name="ParsedCriteria">The parsed criteria when <paramref name="StoredCriteria"/> is null.</param>
public sealed record OpenTrial(
    string NctId,
    string OverallStatus,
    string? BriefTitle,
    string? OfficialTitle,
    EligibilityModule? Eligibility,
    IReadOnlyList<string> Conditions,
    byte[]? StoredCriteria,
    ParsedCriteria? ParsedCriteria);
