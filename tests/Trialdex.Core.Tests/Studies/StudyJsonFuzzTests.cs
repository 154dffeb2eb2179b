using System.Text;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Tests.Studies;

/// <summary>Whatever bytes it is given, Parse either returns a study or throws <see cref="StudyFormatException"/>.</summary>
public sealed class StudyJsonFuzzTests
{
    private static readonly byte[] Valid = StudyCases.Bytes("small-study.json");

    private static readonly string[] Fragments =
    [
        "null", "true", "0", "-1", "1e999", "1.5", "\"\"", "\"X\"", "\"2017-13\"", "\"18 Yrs\"", "\"\\uD800\"", "\"\\u00\"",
        "[]", "{}", "[", "]", "{", "}", ",", ":", "\"", "\\", "\u00e9", "\"NCT\"", "[null]", "{\"a\":1}", new string('[', 100),
    ];

    [Fact]
    public void Truncating_a_valid_study_anywhere_gives_only_StudyFormatException()
    {
        for (var length = 0; length < Valid.Length; length++)
        {
            AssertParsesOrFailsCleanly(Valid.AsSpan(0, length).ToArray());
        }
    }

    [Fact]
    public void Random_mutations_of_a_valid_study_give_only_StudyFormatException()
    {
        var random = new Random(20240229);
        var failures = 0;
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("TRIALDEX_FUZZ_ITERATIONS"), out var n) ? n : 4000;
        for (var i = 0; i < iterations; i++)
        {
            var mutated = Mutate(Valid, random, mutations: 1 + random.Next(4));
            failures += AssertParsesOrFailsCleanly(mutated) ? 0 : 1;
        }

        Assert.InRange(failures, iterations / 4, iterations);
    }

    // Returns whether the bytes parsed; fails the test on any exception other than StudyFormatException.
    private static bool AssertParsesOrFailsCleanly(byte[] bytes)
    {
        try
        {
            StudyJson.Parse(bytes);
            return true;
        }
        catch (StudyFormatException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.NotNull(e.JsonPath);
            return false;
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name} for input:\n{Encoding.UTF8.GetString(bytes)}\n{e}");
            throw;
        }
    }

    private static byte[] Mutate(byte[] source, Random random, int mutations)
    {
        var bytes = new List<byte>(source);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(20)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 3:
                    ReplaceNextValue(bytes, at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                default:
                    var from = random.Next(bytes.Count);
                    var length = Math.Min(bytes.Count - from, random.Next(200));
                    bytes.InsertRange(at, bytes.GetRange(from, length));
                    break;
            }
        }

        return [.. bytes];
    }

    // Replaces the value after the next ':' (up to the next ',' or '}') so that typed values meet wrong types and texts.
    private static void ReplaceNextValue(List<byte> bytes, int at, byte[] replacement)
    {
        var colon = bytes.IndexOf((byte)':', at);
        if (colon < 0)
        {
            return;
        }

        var end = colon + 1;
        while (end < bytes.Count && bytes[end] is not ((byte)',' or (byte)'}' or (byte)'\n'))
        {
            end++;
        }

        bytes.RemoveRange(colon + 1, end - colon - 1);
        bytes.InsertRange(colon + 1, replacement);
    }
}
