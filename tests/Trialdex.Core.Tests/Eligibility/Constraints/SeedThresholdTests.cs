using System.Globalization;
using Trialdex.Core.Eligibility;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

/// <summary>
/// Every threshold the issue names on the seed pages, by name, read from the seed trials' criterion text and checked
/// field by field (kind, field, operator, values, unit) — independent of the golden file's line numbers and of the
/// compact rendering.
/// </summary>
public sealed class SeedThresholdTests
{
    /// <summary>threshold name, criterion (E: for an exclusion), then each expected constraint as "Kind|field|operator|values|unit".</summary>
    public static TheoryData<string, string, string[]> Thresholds() => new()
    {
        { "ages 20-40", "Women between 20 and 40 years", ["Age|age|Between|20,40|years"] },
        { "ages 20-60", "Aged between 20 and 60 (male or female)", ["Age|age|Between|20,60|"] },
        { "AMH >=1.1 ng/mL or AFC >=5", "Normal ovarian reserve (AMH ≥1.1 ng/mL or AFC ≥5)", ["Measurement|AMH|GreaterOrEqual|1.1|ng/mL", "Measurement|AFC|GreaterOrEqual|5|"] },
        { "platelets <50x10^9/L", "E: Thrombocytopenia (platelets <50×10⁹/L)", ["Measurement|platelets|Less|50|×10⁹/L"] },
        { "aPTT >1.5xULN", "E: Coagulopathy (aPTT >1.5×ULN)", ["Measurement|aPTT|Greater|1.5|×ULN"] },
        { "HbA1c >7%", "E: Uncontrolled diabetes (HbA1c >7%)", ["Measurement|HbA1c|Greater|7|%"] },
        { "NYHA III/IV", "E: Severe cardiovascular disease (NYHA Class III/IV)", ["Score|NYHA|OneOf|3,4|"] },
        {
            ">8 mg/day estrogen/progestin within 1 month", "E: High-dose hormone therapy (>8 mg/day estrogen/progestin within 1 month)",
            ["Medication|estrogen/progestin|Greater|8|mg/day", "TimeWindow|time|LessOrEqual|1|month"]
        },
        { "PT prolongation >3 s", "E: PT prolongation is greater than 3 seconds", ["Measurement|PT prolongation|Greater|3|seconds"] },
        { "cirrhosis course more than 5 years", "Diagnosed chronic decompensated hepatitis B cirrhosis with a course of more than 5 years", ["TimeWindow|course|Greater|5|years"] },
        {
            "IUA score 9-28",
            "Hysteroscopically confirmed moderate-to-severe intrauterine adhesions (IUA) *(Per 2015 Chinese IUA Scoring System: Moderate=9-18 points; Severe=19-28 points)*",
            ["Score|Chinese IUA Scoring System|Between|9,18|points", "Score|Chinese IUA Scoring System|Between|19,28|points"]
        },
        { "submucosal fibroids >2 cm", "E: Submucosal fibroids (>2 cm)", ["Measurement|Submucosal fibroids|Greater|2|cm"] },
        { "uterine size >8-week gestation", "E: Adenomyosis with uterine size >8-week gestation", ["Measurement|uterine size|Greater|8|week"] },
    };

    [Fact]
    public void The_table_names_each_of_the_twelve_seed_thresholds_the_issue_lists()
    {
        // Ages 20-40 and 20-60 are the issue's first item; the other eleven are one row each.
        Assert.Equal(13, Thresholds().Count());
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Each_seed_threshold_is_extracted_with_its_operator_values_and_unit(string name, string criterion, string[] expected)
    {
        var kind = criterion.StartsWith("E: ", StringComparison.Ordinal) ? CriterionKind.Exclusion : CriterionKind.Inclusion;
        var text = kind == CriterionKind.Exclusion ? criterion[3..] : criterion;

        var constraints = ConstraintExtractor.Extract(text, kind, null, UnitVocabulary.Bundled);

        foreach (var line in expected)
        {
            var parts = line.Split('|');
            var values = parts[3].Split(',').Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();
            var unit = parts[4].Length == 0 ? null : parts[4];
            Assert.True(
                constraints.Any(c => c.Kind.ToString() == parts[0] && c.Field == parts[1] && c.Operator?.ToString() == parts[2] && c.Values.SequenceEqual(values) && c.Unit == unit),
                $"{name}: expected {line} in [{string.Join(" ; ", constraints.Select(c => $"{c.Kind}|{c.Field}|{c.Operator}|{string.Join(',', c.Values)}|{c.Unit}"))}]");
        }
    }

    [Fact]
    public void The_alternatives_of_a_seed_threshold_share_an_or_group()
    {
        var constraints = ConstraintExtractor.Extract("Normal ovarian reserve (AMH ≥1.1 ng/mL or AFC ≥5)", CriterionKind.Inclusion);

        var amh = constraints.Single(c => c.Field == "AMH");
        var afc = constraints.Single(c => c.Field == "AFC");
        Assert.NotEqual(0, amh.OrGroup);
        Assert.Equal(amh.OrGroup, afc.OrGroup);
    }

    [Fact]
    public void The_seed_thresholds_in_units_carry_the_normalised_value_screening_compares()
    {
        var platelets = ConstraintExtractor.Extract("Thrombocytopenia (platelets <50×10⁹/L)", CriterionKind.Exclusion).Single(c => c.Field == "platelets");
        var aptt = ConstraintExtractor.Extract("Coagulopathy (aPTT >1.5×ULN)", CriterionKind.Exclusion).Single(c => c.Field == "aPTT");
        var pt = ConstraintExtractor.Extract("PT prolongation is greater than 3 seconds", CriterionKind.Exclusion).Single(c => c.Kind == ConstraintKind.Measurement);

        Assert.Equal("50 10*9/L", platelets.Normalized!.ToString());
        Assert.Equal(UnitKind.UpperLimitOfNormal, aptt.Normalized!.Kind);
        Assert.Equal("3 s", pt.Normalized!.ToString());
    }
}
