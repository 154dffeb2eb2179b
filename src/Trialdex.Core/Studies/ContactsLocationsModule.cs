using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>Whom to contact, who leads the study, and where it takes place.</summary>
public sealed record ContactsLocationsModule
{
    public IReadOnlyList<Contact>? CentralContacts { get; init; }

    public IReadOnlyList<Official>? OverallOfficials { get; init; }

    public IReadOnlyList<Location>? Locations { get; init; }
}

/// <summary>A central or location contact.</summary>
public sealed record Contact
{
    public string? Name { get; init; }

    public ContactRole? Role { get; init; }

    public string? Phone { get; init; }

    public string? PhoneExt { get; init; }

    public string? Email { get; init; }
}

/// <summary>A person responsible for the study as a whole.</summary>
public sealed record Official
{
    public string? Name { get; init; }

    public string? Affiliation { get; init; }

    public OfficialRole? Role { get; init; }
}

/// <summary>A site: facility, address, recruitment status, contacts and coordinates.</summary>
public sealed record Location
{
    public string? Facility { get; init; }

    public RecruitmentStatus? Status { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Zip { get; init; }

    public string? Country { get; init; }

    public string? CountryCode { get; init; }

    public IReadOnlyList<Contact>? Contacts { get; init; }

    public GeoPoint? GeoPoint { get; init; }
}

/// <summary>The registry's geocode of a location's city, in degrees.</summary>
public sealed record GeoPoint
{
    [JsonConverter(typeof(FiniteDoubleConverter))]
    public double? Lat { get; init; }

    [JsonConverter(typeof(FiniteDoubleConverter))]
    public double? Lon { get; init; }
}
