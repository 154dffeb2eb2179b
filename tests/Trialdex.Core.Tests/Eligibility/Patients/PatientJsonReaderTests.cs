using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Eligibility.Patients;

public sealed class PatientJsonReaderTests
{
    [Theory]
    [InlineData("""{"version":1,"age":{"value":"45","unit":"years"}}""", "$.age.value", "expected a number, found a string")]
    [InlineData("""{"version":1,"sex":"F"}""", "$.sex", "expected one of female, male, unknown")]
    [InlineData("""{"version":1,"healthyVolunteer":1}""", "$.healthyVolunteer", "expected true or false, found a number")]
    [InlineData("""{"version":1,"conditions":{}}""", "$.conditions", "expected an array, found an object")]
    [InlineData("""{"version":1,"performanceStatus":{"karnofsky":101}}""", "$.performanceStatus.karnofsky", "expected a number from 0 to 100")]
    [InlineData("""{"version":1,"location":{"latitude":91,"longitude":0}}""", "$.location.latitude", "expected a number from -90 to 90")]
    [InlineData("""{"version":1,"age":{"birthDate":"2020-01","asOf":"2024-01-01"}}""", "$.age.birthDate", "expected a full date written yyyy-MM-dd")]
    [InlineData("""{"version":1,"age":{"birthDate":"2020-01-02","asOf":"2020-01-01"}}""", "$.age.asOf", "asOf is before birthDate")]
    [InlineData("""{"version":1,"age":{"value":151,"unit":"years"}}""", "$.age.value", "an age over 150 years is not a patient's age")]
    [InlineData("""{"version":1,"age":{"value":12}}""", "$.age", "an age needs both value and unit")]
    [InlineData("""{"version":1,"observations":[{"name":"x","value":[]}]}""", "$.observations[0]", "expected the value to be a number or a string, found an array")]
    [InlineData("""{"version":1,"conditions":[{"text":"gout","onset":"2020-13"}]}""", "$.conditions[0].onset", "expected a date written yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("""{"version":"1"}""", "$.version", "expected a number, found a string")]
    public void A_value_of_the_wrong_type_or_range_is_an_error_naming_its_path(string json, string where, string message)
    {
        var result = PatientJsonReader.Read(json);

        var problem = Assert.Single(result.Problems, p => p.Severity == PatientProblemSeverity.Error);
        Assert.Equal((where, message), (problem.Where, problem.Message));
    }

    [Fact]
    public void A_list_item_with_an_error_is_left_out_whole_and_the_others_are_kept()
    {
        var patient = PatientJsonReader.Read("""{"version":1,"conditions":[{"text":"asthma","negated":"yes"},{"text":"gout"}]}""").Patient!;

        Assert.Equal("gout", Assert.Single(patient.Conditions).Text);
    }

    [Fact]
    public void Numbers_written_as_strings_and_strings_written_as_numbers_are_never_converted()
    {
        var patient = PatientJsonReader.Read("""{"version":1,"age":{"value":"45","unit":"years"},"observations":[{"name":"glucose","value":"5.4"}]}""").Patient!;

        Assert.Null(patient.Age);
        Assert.Equal(("5.4", (decimal?)null), (patient.Observations[0].ValueText, patient.Observations[0].Value));
    }

    [Fact]
    public void Json_null_reads_as_absent_without_a_problem()
    {
        var result = PatientJsonReader.Read("""{"version":1,"age":null,"sex":null,"conditions":null,"pregnancy":{"pregnant":null}}""");

        Assert.Empty(result.Problems);
        var patient = result.Patient!;
        Assert.Equal([null, null, null], new object?[] { patient.Age, patient.Sex, patient.Pregnancy });
        Assert.Empty(patient.Conditions);
    }

    [Theory]
    [InlineData("days", TimeUnit.Day)]
    [InlineData("weeks", TimeUnit.Week)]
    [InlineData("months", TimeUnit.Month)]
    [InlineData("years", TimeUnit.Year)]
    public void An_age_is_kept_in_the_unit_it_was_given(string unit, TimeUnit expected)
    {
        var age = PatientJsonReader.Read($$$"""{"version":1,"age":{"value":7,"unit":"{{{unit}}}"}}""").Patient!.Age!;

        Assert.Equal(new NormalizedTime(7, expected), age.Value);
    }

    [Theory]
    [InlineData("1979-03-02", "2024-03-01", "44 Years")]
    [InlineData("1979-03-02", "2024-03-02", "45 Years")]
    [InlineData("2022-06-15", "2024-06-14", "23 Months")]
    [InlineData("2024-05-20", "2024-06-19", "30 Days")]
    [InlineData("2024-02-29", "2025-02-28", "11 Months")]
    public void An_age_from_a_birth_date_counts_whole_years_months_or_days(string birthDate, string asOf, string expected)
    {
        var age = PatientJsonReader.Read($$$"""{"version":1,"age":{"birthDate":"{{{birthDate}}}","asOf":"{{{asOf}}}"}}""").Patient!.Age!;

        Assert.Equal(expected, age.Value.ToString());
        Assert.Equal((DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)), (age.BirthDate, age.AsOf));
    }

    [Fact]
    public void Every_fact_cites_its_json_path()
    {
        var patient = PatientJsonReader.Read(File.ReadAllText(Path.Combine(PatientCases.Root, "example-patient.json"))).Patient!;

        Assert.Equal(new JsonSource("$.conditions[2]"), patient.Conditions[2].Source);
        Assert.Equal(new JsonSource("$.pregnancy.gravida"), patient.Pregnancy!.Gravida!.Source);
        Assert.All(PatientFacts.Describe(patient).Select(f => f.Source), source => Assert.StartsWith("$.", Assert.IsType<JsonSource>(source).Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_never_quote_the_values_of_the_document()
    {
        var result = PatientJsonReader.Read("""{"version":1,"sex":"Zanzibarine","age":{"value":"secret-age","unit":"eons"},"conditions":[{"text":"hidden","status":"whispered"}]}""");

        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.DoesNotContain(["Zanzibarine", "secret", "eons", "hidden", "whispered"], word => p.ToString().Contains(word, StringComparison.Ordinal)));
    }
}
