namespace Trialdex.Core.Studies.Page;

/// <summary>A site of the trial: facility, place, its recruitment status and its contacts.</summary>
/// <param name="Facility">The hospital or clinic.</param>
/// <param name="City">The city.</param>
/// <param name="State">The state or province.</param>
/// <param name="Country">The country.</param>
/// <param name="Status">The site's recruitment status as text ("Recruiting").</param>
/// <param name="Contacts">The people to contact at the site.</param>
public sealed record SiteLocation(
    string? Facility,
    string? City,
    string? State,
    string? Country,
    string? Status,
    IReadOnlyList<PageContact> Contacts)
{
    internal static SiteLocation From(Location location) =>
        new(location.Facility,
            location.City,
            location.State,
            location.Country,
            location.Status is { } status ? EnumText.Display(status) : null,
            [.. (location.Contacts ?? []).Select(PageContact.From)]);
}
