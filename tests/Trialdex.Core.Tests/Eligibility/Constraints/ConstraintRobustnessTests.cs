using System.Text;
using Trialdex.Core.Eligibility;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Tests.Vocabulary;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

/// <summary>
/// The extractor never throws and keeps its spans inside the text, on random text and on mutations of the golden
/// criteria. The tests call the unguarded extraction, so that a defect the public method would hide still fails.
/// </summary>
public sealed class ConstraintRobustnessTests
{
    private const string Alphabet = "abcxyz ABC 0123456789 .,;:/-–~()[]{}<>=≥≤≦≧＞＜×x*^%+µμ²³⁹⁰ \n\t\\\"'#&|" + "ULN mg dL years or and no not within between to ";

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_never_makes_the_extractor_throw_and_spans_stay_inside(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var text = RandomText(random, random.Next(1, 200));

            AssertWellFormed(text, ConstraintExtractor.Read(text, VocabularyCases.Sample, ConstraintCases.Units));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_golden_criteria_never_make_the_extractor_throw(int seed)
    {
        var random = new Random(seed);
        var criteria = GoldenCriteria();
        for (var i = 0; i < 40; i++)
        {
            var text = Mutate(random, criteria[random.Next(criteria.Count)]);

            AssertWellFormed(text, ConstraintExtractor.Read(text, VocabularyCases.Sample, ConstraintCases.Units));
        }
    }

    [Theory]
    [InlineData("≥ ")]
    [InlineData("1-")]
    [InlineData("between 1 and ")]
    [InlineData("x 10^")]
    [InlineData("no ")]
    [InlineData("ECOG 0 or ")]
    public void Long_repetitive_text_is_read_to_the_end(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 20_000 / unit.Length));

        var constraints = ConstraintExtractor.Read(text, null, ConstraintCases.Units);

        AssertWellFormed(text, constraints);
    }

    [Fact]
    public void Parse_keeps_every_span_inside_the_original_text_of_mutated_trials()
    {
        var random = new Random(7);
        var criteria = GoldenCriteria();
        for (var i = 0; i < 30; i++)
        {
            var text = "Inclusion Criteria:\n\n" + string.Join("\n", Enumerable.Range(0, 6).Select(_ => "* " + Mutate(random, criteria[random.Next(criteria.Count)])));

            foreach (var constraint in ConstraintExtractor.Parse(text, VocabularyCases.Sample, ConstraintCases.Units).Constraints)
            {
                Assert.InRange(constraint.SourceSpan!.Value.Start, 0, text.Length);
                Assert.InRange(constraint.SourceSpan.Value.End, 0, text.Length);
            }
        }
    }

    private static void AssertWellFormed(string text, IReadOnlyList<Constraint> constraints)
    {
        if (text.Any(char.IsLetterOrDigit))
        {
            Assert.NotEmpty(constraints);
        }

        foreach (var c in constraints)
        {
            Assert.InRange(c.Span.Start, 0, text.Length);
            Assert.InRange(c.Span.End, c.Span.Start, text.Length);
            if (c.ComparisonSpan is { } comparison)
            {
                Assert.InRange(comparison.Start, 0, text.Length);
                Assert.InRange(comparison.End, comparison.Start + 1, text.Length);
                Assert.NotNull(c.Operator);
            }

            Assert.False(string.IsNullOrWhiteSpace(c.Field), $"no field in '{text}': {c}");
            _ = c.ToString();
        }
    }

    private static List<string> GoldenCriteria() =>
        [.. System.IO.Directory.EnumerateFiles(ConstraintCases.Directory, "*.cases.txt")
            .SelectMany(File.ReadLines)
            .Where(line => line.Contains(ConstraintCases.Arrow, StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf(ConstraintCases.Arrow, StringComparison.Ordinal)])];

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Deletes, duplicates, swaps or inserts characters and cuts the text short, a few times.</summary>
    private static string Mutate(Random random, string text)
    {
        var chars = new StringBuilder(text);
        for (var m = random.Next(1, 6); m > 0 && chars.Length > 0; m--)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(5))
            {
                case 0:
                    chars.Remove(at, Math.Min(random.Next(1, 4), chars.Length - at));
                    break;
                case 1:
                    chars.Insert(at, chars.ToString(at, Math.Min(3, chars.Length - at)));
                    break;
                case 2:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 3:
                    chars.Length = at;
                    break;
                default:
                    var other = random.Next(chars.Length);
                    (chars[at], chars[other]) = (chars[other], chars[at]);
                    break;
            }
        }

        return chars.ToString();
    }
}
