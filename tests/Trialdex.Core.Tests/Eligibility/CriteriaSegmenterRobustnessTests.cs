using System.Text;
using Trialdex.Core.Eligibility;

namespace Trialdex.Core.Tests.Eligibility;

/// <summary>The segmenter runs on every imported study, so no text may make it throw or produce a malformed tree.</summary>
public sealed class CriteriaSegmenterRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "Inclusion Criteria:", "Exclusion Criteria", "EXCLUSION:", "Key inclusion criteria", "Patients will be excluded if",
        "Patients must meet all of the following:", "Inclusion criteria for donors:", "Eligibility criteria:", "Excluded:",
        "* ", "- ", "o ", "• ", "1. ", "2) ", "(3) ", "4、", "a. ", "b) ", "i. ", "ii) ", "(iv) ", "IX. ", "1\\. ", "\\- ", "2.1 ",
        "Age 18 years or older", "one of the following:", "Demographics", "AGE:", "\\>= 18", ";", ":", "(", ")", "\n", "\n\n",
        "\r\n", "\r", "\t", "    ", "  ", " ", "\u00A0", "\u3000", "\u200B", "\0", "\u0001", "\u2028", "\uD83D\uDE00", "\uD800",
        "\uDFFF", "é", "入选标准：", "x", "Z", ".", "\\", "*", "-",
    ];

    [Fact]
    public void Null_empty_and_blank_text_give_no_criteria()
    {
        Assert.True(CriteriaSegmenter.Segment(null).IsEmpty);
        Assert.True(CriteriaSegmenter.Segment(string.Empty).IsEmpty);
        Assert.True(CriteriaSegmenter.Segment(" \r\n\t\n ").IsEmpty);
    }

    [Fact]
    public void Random_sequences_of_layout_pieces_never_throw_and_give_well_formed_trees()
    {
        var random = new Random(20240611);
        for (var run = 0; run < 3000; run++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(1, 60); n > 0; n--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSegmentsCleanly(builder.ToString());
        }
    }

    [Fact]
    public void Random_characters_from_the_whole_utf16_range_never_throw()
    {
        var random = new Random(7);
        for (var run = 0; run < 2000; run++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? " \n-*1.)(ai:"[random.Next(11)] : (char)random.Next(char.MaxValue + 1);
            }

            AssertSegmentsCleanly(new string(chars));
        }
    }

    [Fact]
    public void Random_mutations_of_the_golden_cases_never_throw()
    {
        var random = new Random(42);
        foreach (var name in CriteriaCases.Names())
        {
            var input = CriteriaCases.Input(name);
            for (var run = 0; run < 150; run++)
            {
                AssertSegmentsCleanly(Mutate(input, random));
            }
        }
    }

    [Fact]
    public void Five_megabytes_of_criteria_segment_into_a_well_formed_tree()
    {
        var builder = new StringBuilder();
        var cases = CriteriaCases.Names().Select(CriteriaCases.Input).ToList();
        for (var i = 0; builder.Length < 5_000_000; i++)
        {
            builder.Append(cases[i % cases.Count]).Append('\n');
        }

        AssertSegmentsCleanly(builder.ToString());
        AssertSegmentsCleanly(string.Concat(Enumerable.Repeat("i. Oral ii. Chemo iii. Weight ", 170_000)));
        AssertSegmentsCleanly(string.Concat(Enumerable.Range(0, 100_000).Select(i => new string(' ', i % 300) + "* deeper\n")));
    }

    private static void AssertSegmentsCleanly(string input)
    {
        var segmented = CriteriaSegmenter.Segment(input);

        CriteriaInvariants.AssertWellFormed(input, segmented);
    }

    private static string Mutate(string input, Random random)
    {
        for (var edits = random.Next(1, 6); edits > 0 && input.Length > 0; edits--)
        {
            var at = random.Next(input.Length);
            var length = random.Next(Math.Min(40, input.Length - at) + 1);
            input = random.Next(5) switch
            {
                0 => input.Remove(at, length),
                1 => input.Insert(at, input.Substring(at, length)),
                2 => input.Insert(at, Pieces[random.Next(Pieces.Length)]),
                3 => input[..at],
                _ => SwapLines(input, random),
            };
        }

        return input;
    }

    private static string SwapLines(string input, Random random)
    {
        var lines = input.Split('\n');
        var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }
}
