using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Studies;

public sealed class EnumTests
{
    private static readonly Type[] ApiEnums = typeof(Phase).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic && t.GetCustomAttribute<JsonConverterAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<Type> ApiEnumTypes() => new(ApiEnums);

    [Fact]
    public void Every_API_value_and_its_display_text_is_as_listed_in_the_golden_file()
    {
        var actual = new StringBuilder();
        foreach (var type in ApiEnums)
        {
            actual.Append(type.Name).Append('\n');
            foreach (var value in Enum.GetValues(type))
            {
                actual.Append("  ").Append(Text(nameof(EnumText.ApiValue), value))
                    .Append(" = ").Append(Text(nameof(EnumText.Display), value)).Append('\n');
            }
        }

        var expected = File.ReadAllText(StudyCases.PathOf("enum-values.txt"));
        if (expected != actual.ToString())
        {
            var actualPath = Path.Combine(Path.GetTempPath(), "trialdex-enum-values.actual.txt");
            File.WriteAllText(actualPath, actual.ToString());
            Assert.Fail($"Enum values differ from Studies/Cases/enum-values.txt; the actual listing is in {actualPath}");
        }
    }

    [Theory]
    [MemberData(nameof(ApiEnumTypes))]
    public void Every_value_round_trips_through_JSON_as_its_API_value(Type type)
    {
        foreach (var value in Enum.GetValues(type))
        {
            var json = JsonSerializer.Serialize(value, type);

            Assert.Equal($"\"{Text(nameof(EnumText.ApiValue), value)}\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize(json, type));
        }
    }

    [Theory]
    [MemberData(nameof(ApiEnumTypes))]
    public void Other_spellings_of_a_value_are_rejected(Type type)
    {
        var apiValue = Text(nameof(EnumText.ApiValue), Enum.GetValues(type).GetValue(0)!);
        string[] others = [$"\"{apiValue.ToLowerInvariant()}\"", $"\" {apiValue}\"", "\"\"", "0", "null", $"[\"{apiValue}\"]"];

        foreach (var json in others)
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));
            Assert.Contains($"is not a valid {type.Name} value", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Display_texts_read_as_on_trial_pages()
    {
        Assert.Equal("Not yet recruiting", EnumText.Display(OverallStatus.NotYetRecruiting));
        Assert.Equal("Early Phase 1", EnumText.Display(Phase.EarlyPhase1));
        Assert.Equal("Phase 2", EnumText.Display(Phase.Phase2));
        Assert.Equal("Single Group Assignment", EnumText.Display(InterventionalAssignment.SingleGroup));
        Assert.Equal("Placebo Comparator", EnumText.Display(ArmGroupType.PlaceboComparator));
        Assert.Equal("PHASE2", EnumText.ApiValue(Phase.Phase2));
    }

    [Fact]
    public void An_API_value_parses_back_to_its_member_only_when_spelled_exactly()
    {
        Assert.True(EnumText.TryParseApiValue<OverallStatus>("NOT_YET_RECRUITING", out var status));
        Assert.Equal(OverallStatus.NotYetRecruiting, status);
        Assert.False(EnumText.TryParseApiValue<OverallStatus>("Not yet recruiting", out _));
    }

    [Fact]
    public void An_undefined_value_has_no_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumText.Display((Phase)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => EnumText.ApiValue((Phase)99));
    }

    private static string Text(string method, object value) =>
        (string)typeof(EnumText).GetMethod(method)!.MakeGenericMethod(value.GetType()).Invoke(null, [value])!;
}
