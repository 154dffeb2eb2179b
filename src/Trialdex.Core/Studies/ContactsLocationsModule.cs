using System.Text.Json.Serialization;

namespace Trialdex.Core.Studies;

/// <summary>Whom to contact, who leads the study, and where it takes place.</summary>
public sealed record ContactsLocationsModule
{
    public IReadOnlyList<Contact>? CentralContacts { get; set; }

    public IReadOnlyList<Official>? OverallOfficials { get; set; }

    public IReadOnlyList<Location>? Locations { get; set; }
}

/// <summary>A central or location contact.</summary>
public sealed record Contact
{
    public string? Name { get; set; }

    public ContactRole? Role { get; set; }

    public string? Phone { get; set; }

    public string? PhoneExt { get; set; }

    public string? Email { get; set; }
}

/// <summary>A person responsible for the study as a whole.</summary>
public sealed record Official
{
    public string? Name { get; set; }

    public string? Affiliation { get; set; }

    public OfficialRole? Role { get; set; }
}

/// <summary>A site: facility, address, recruitment status, contacts and coordinates.</summary>
public sealed record Location
{
    public string? Facility { get; set; }

    public RecruitmentStatus? Status { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? Zip { get; set; }

    public string? Country { get; set; }

    public string? CountryCode { get; set; }

    public IReadOnlyList<Contact>? Contacts { get; set; }

    public GeoPoint? GeoPoint { get; set; }
}

/// <summary>The registry's geocode of a location's city, in degrees.</summary>
public sealed record GeoPoint
{
    [JsonConverter(typeof(FiniteDoubleConverter))]
    public double? Lat { get; set; }

    [JsonConverter(typeof(FiniteDoubleConverter))]
    public double? Lon { get; set; }
}
