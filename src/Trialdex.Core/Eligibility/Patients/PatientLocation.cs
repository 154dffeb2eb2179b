namespace Trialdex.Core.Eligibility.Patients;

/// <summary>Where the patient is, to find trial sites near them: a place name, coordinates, or both.</summary>
/// <param name="Source">Where the location was found.</param>
public sealed record PatientLocation(FactSource Source)
{
    /// <summary>A place as written ("Lyon, France", "Boston, MA 02115"), or null.</summary>
    public string? Place { get; init; }

    /// <summary>Degrees north, -90 to 90, or null.</summary>
    public double? Latitude { get; init; }

    /// <summary>Degrees east, -180 to 180, or null.</summary>
    public double? Longitude { get; init; }
}
