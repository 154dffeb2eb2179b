namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>Random edits of a valid input, to find inputs near the valid ones that break a reader.</summary>
internal static class Mutations
{
    public static string Mutate(string input, Random random, IReadOnlyList<string> pieces)
    {
        for (var edits = random.Next(1, 6); edits > 0 && input.Length > 0; edits--)
        {
            var at = random.Next(input.Length);
            var length = random.Next(Math.Min(30, input.Length - at) + 1);
            input = random.Next(5) switch
            {
                0 => input.Remove(at, length),
                1 => input.Insert(at, input.Substring(at, length)),
                2 => input.Insert(at, pieces[random.Next(pieces.Count)]),
                3 => input[..at],
                _ => input.Remove(at, 1).Insert(at, ((char)random.Next(32, 127)).ToString()),
            };
        }

        return input;
    }
}
