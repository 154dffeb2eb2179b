using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>The single-valued facts of a patient JSON document: age, sex, pregnancy, performance status, location.</summary>
internal static class JsonPatientFacts
{
    private const decimal OldestAgeInYears = 150;

    private static readonly Dictionary<string, PatientSex> Sexes = new(StringComparer.Ordinal)
    {
        ["female"] = PatientSex.Female,
        ["male"] = PatientSex.Male,
        ["unknown"] = PatientSex.Unknown,
    };

    private static readonly Dictionary<string, YesNoUnknown> Answers = new(StringComparer.Ordinal)
    {
        ["yes"] = YesNoUnknown.Yes,
        ["no"] = YesNoUnknown.No,
        ["unknown"] = YesNoUnknown.Unknown,
    };

    private static readonly Dictionary<string, TimeUnit> AgeUnits = new(StringComparer.Ordinal)
    {
        ["years"] = TimeUnit.Year,
        ["months"] = TimeUnit.Month,
        ["weeks"] = TimeUnit.Week,
        ["days"] = TimeUnit.Day,
    };

    public static PatientAge? Age(JsonObjectReader root)
    {
        if (root.Object("age", ["value", "unit", "birthDate", "asOf"]) is not { } age)
        {
            return null;
        }

        var source = new JsonSource(age.Path);
        var byValue = age.Has("value") || age.Has("unit");
        var byBirth = age.Has("birthDate") || age.Has("asOf");
        if (byValue == byBirth)
        {
            age.Problems.Error(age.Path, "give either value and unit or birthDate and asOf");
            return null;
        }

        return byValue ? AgeFromValue(age, source) : AgeFromBirthDate(age, source);
    }

    public static Fact<PatientSex>? Sex(JsonObjectReader root) =>
        root.Choice("sex", Sexes) is { } sex ? new(sex, new JsonSource(root.PathOf("sex"))) : null;

    public static PatientPregnancy? Pregnancy(JsonObjectReader root)
    {
        if (root.Object("pregnancy", ["pregnant", "lactating", "postpartum", "gravida", "para"]) is not { } pregnancy)
        {
            return null;
        }

        var result = new PatientPregnancy
        {
            Pregnant = Fact(pregnancy, "pregnant", pregnancy.Choice("pregnant", Answers)),
            Lactating = Fact(pregnancy, "lactating", pregnancy.Choice("lactating", Answers)),
            Postpartum = Fact(pregnancy, "postpartum", pregnancy.Boolean("postpartum")),
            Gravida = Fact(pregnancy, "gravida", pregnancy.Integer("gravida", 0, 99)),
            Para = Fact(pregnancy, "para", pregnancy.Integer("para", 0, 99)),
        };
        return result == new PatientPregnancy() ? null : result;
    }

    public static PatientPerformanceStatus? PerformanceStatus(JsonObjectReader root)
    {
        if (root.Object("performanceStatus", ["ecog", "karnofsky"]) is not { } status)
        {
            return null;
        }

        var result = new PatientPerformanceStatus
        {
            Ecog = Fact(status, "ecog", status.Integer("ecog", 0, 5)),
            Karnofsky = Fact(status, "karnofsky", status.Integer("karnofsky", 0, 100)),
        };
        return result == new PatientPerformanceStatus() ? null : result;
    }

    public static PatientLocation? Location(JsonObjectReader root)
    {
        if (root.Object("location", ["place", "latitude", "longitude"]) is not { } location)
        {
            return null;
        }

        var errors = location.Problems.ErrorCount;
        var place = location.String("place");
        var latitude = location.Number("latitude", -90, 90);
        var longitude = location.Number("longitude", -180, 180);
        if (location.Has("latitude") != location.Has("longitude"))
        {
            location.Problems.Error(location.Path, "latitude and longitude go together");
        }
        else if (!location.Has("place") && !location.Has("latitude"))
        {
            location.Problems.Error(location.Path, "a location needs a place or a latitude and longitude");
        }

        if (location.Problems.ErrorCount > errors)
        {
            return null;
        }

        return new PatientLocation(new JsonSource(location.Path)) { Place = place, Latitude = (double?)latitude, Longitude = (double?)longitude };
    }

    private static PatientAge? AgeFromValue(JsonObjectReader age, JsonSource source)
    {
        var value = age.Number("value", 0, decimal.MaxValue);
        var unit = age.Choice("unit", AgeUnits);
        if (value is null || unit is null)
        {
            if (!age.Has("value") || !age.Has("unit"))
            {
                age.Problems.Error(age.Path, "an age needs both value and unit");
            }

            return null;
        }

        var time = new NormalizedTime(value.Value, unit.Value);
        if (time.TotalDays > (double)OldestAgeInYears * 365.25)
        {
            age.Problems.Error(age.PathOf("value"), $"an age over {OldestAgeInYears} years is not a patient's age");
            return null;
        }

        return new PatientAge(time, source);
    }

    private static PatientAge? AgeFromBirthDate(JsonObjectReader age, JsonSource source)
    {
        var birthDate = age.Day("birthDate");
        var asOf = age.Day("asOf");
        if (birthDate is null || asOf is null)
        {
            if (!age.Has("birthDate") || !age.Has("asOf"))
            {
                age.Problems.Error(age.Path, "an age from a birth date needs both birthDate and asOf");
            }

            return null;
        }

        if (PatientAge.Between(birthDate.Value, asOf.Value) is not { } time)
        {
            age.Problems.Error(age.PathOf("asOf"), "asOf is before birthDate");
            return null;
        }

        return new PatientAge(time, source) { BirthDate = birthDate, AsOf = asOf };
    }

    private static Fact<T>? Fact<T>(JsonObjectReader parent, string name, T? value)
        where T : struct =>
        value is { } known ? new(known, new JsonSource(parent.PathOf(name))) : null;
}
