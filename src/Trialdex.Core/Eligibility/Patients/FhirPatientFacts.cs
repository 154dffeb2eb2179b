using System.Globalization;
using System.Text.Json;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>The facts of the Patient resource: gender, age from the birth date, and the first address as location.</summary>
internal static class FhirPatientFacts
{
    private const string Geolocation = "http://hl7.org/fhir/StructureDefinition/geolocation";

    public static void Read(FhirResource resource, FhirContext context, PatientParts parts)
    {
        if (!context.IsThePatient(resource))
        {
            context.Problems.Warning(resource.Where, "the bundle has more than one Patient resource; only the first is read");
            return;
        }

        var element = resource.Element;
        parts.Sex = Sex(element, resource, context.Problems);
        parts.Age = Age(resource, context);
        parts.Location = Location(resource);
    }

    private static Fact<PatientSex>? Sex(JsonElement element, FhirResource resource, ReadProblems problems)
    {
        switch (FhirJson.String(element, "gender"))
        {
            case null when FhirJson.Property(element, "gender") is null:
                return null;
            case "female":
                return new(PatientSex.Female, resource.Source);
            case "male":
                return new(PatientSex.Male, resource.Source);
            case "other" or "unknown":
                return new(PatientSex.Unknown, resource.Source);
            default:
                problems.Warning(resource.Where, "gender is not one of male, female, other, unknown");
                return null;
        }
    }

    private static PatientAge? Age(FhirResource resource, FhirContext context)
    {
        if (FhirJson.String(resource.Element, "birthDate") is null)
        {
            return null;
        }

        if (FhirJson.Date(resource.Element, "birthDate") is not { } birth)
        {
            context.Problems.Warning(resource.Where, "birthDate is not a date");
            return null;
        }

        if (context.AsOf is not { } asOf)
        {
            context.Problems.Warning(resource.Where, "birthDate is given but no as-of date: pass one, or give the bundle a timestamp, to know the age");
            return null;
        }

        if (birth.Day is null)
        {
            context.Problems.Warning(resource.Where, "birthDate lacks the day; the age is counted from its first possible day");
        }

        if (PatientAge.Between(birth.Earliest, asOf) is not { } age)
        {
            context.Problems.Warning(resource.Where, "birthDate is after the as-of date");
            return null;
        }

        return new PatientAge(age, resource.Source) { BirthDate = birth.Earliest, AsOf = asOf };
    }

    private static PatientLocation? Location(FhirResource resource)
    {
        if (FhirJson.Array(resource.Element, "address").FirstOrDefault() is not { ValueKind: JsonValueKind.Object } address)
        {
            return null;
        }

        var parts = new[] { FhirJson.String(address, "city"), FhirJson.String(address, "state"), FhirJson.String(address, "postalCode"), FhirJson.String(address, "country") }
            .Where(p => p is not null);
        var place = string.Join(", ", parts);
        var (latitude, longitude) = Coordinates(address);
        if (place.Length == 0 && latitude is null)
        {
            return null;
        }

        return new PatientLocation(resource.Source) { Place = place.Length > 0 ? place : null, Latitude = latitude, Longitude = longitude };
    }

    private static (double? Latitude, double? Longitude) Coordinates(JsonElement address)
    {
        var geolocation = FhirJson.Array(address, "extension").FirstOrDefault(e => FhirJson.String(e, "url") == Geolocation);
        decimal? Part(string url) => FhirJson.Array(geolocation, "extension")
            .Where(e => FhirJson.String(e, "url") == url)
            .Select(e => FhirJson.Number(e, "valueDecimal"))
            .FirstOrDefault();
        var (latitude, longitude) = (Part("latitude"), Part("longitude"));
        return latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
            ? ((double)latitude.Value, (double)longitude.Value)
            : (null, null);
    }
}
