namespace Trialdex.Core.Search;

/// <summary>
/// Counts over every study a search selects, post-filters included, for the landscape charts and the map: what
/// facets give (counted before post-filters, and only the top countries) is not enough for those. Statuses and
/// phases are keyed like aggFilters ("rec", "2"); start years as "2021"; countries as the records write them.
/// </summary>
/// <param name="Studies">How many studies the search selects.</param>
/// <param name="Statuses">Studies per overall status, keyed like aggFilters.</param>
/// <param name="Phases">Studies per phase, keyed like aggFilters; a study of two phases counts in both.</param>
/// <param name="StartYears">Studies per start year, oldest first; studies without a start date are not counted.</param>
/// <param name="Enrollments">Studies per enrollment (actual or estimated), smallest first; studies without one are not counted.</param>
/// <param name="Countries">Studies with a site in each country, most first.</param>
/// <param name="Places">Studies with a site in each city of each country, most first, with the city's mean site position.</param>
public sealed record SearchBreakdown(
    long Studies,
    IReadOnlyList<FacetCount> Statuses,
    IReadOnlyList<FacetCount> Phases,
    IReadOnlyList<FacetCount> StartYears,
    IReadOnlyList<EnrollmentCount> Enrollments,
    IReadOnlyList<FacetCount> Countries,
    IReadOnlyList<PlaceCount> Places);

/// <summary>How many studies enroll exactly <paramref name="Enrollment"/> participants.</summary>
public sealed record EnrollmentCount(long Enrollment, long Studies);

/// <summary>How many studies have a site in one city; the position is null when no site there has coordinates.</summary>
public sealed record PlaceCount(string Country, string? City, double? Latitude, double? Longitude, long Studies);
