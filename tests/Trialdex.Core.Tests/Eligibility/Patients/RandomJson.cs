using System.Globalization;
using System.Text;

namespace Trialdex.Core.Tests.Eligibility.Patients;

/// <summary>Random JSON documents whose property names come from a reader's vocabulary, so that they reach deep into it.</summary>
internal sealed class RandomJson(Random random, IReadOnlyList<string> names, IReadOnlyList<string> strings)
{
    public string Document(int depth) => Value(depth, new StringBuilder()).ToString();

    private StringBuilder Value(int depth, StringBuilder json)
    {
        switch (random.Next(depth <= 0 ? 5 : 8))
        {
            case 0:
                return json.Append("null");
            case 1:
                return json.Append(random.Next(2) == 0 ? "true" : "false");
            case 2:
                return json.Append(Number());
            case 3 or 4:
                return json.Append('"').Append(strings[random.Next(strings.Count)]).Append('"');
            case 5:
                json.Append('[');
                for (var i = random.Next(4); i > 0; i--)
                {
                    Value(depth - 1, json).Append(i > 1 ? "," : "");
                }

                return json.Append(']');
            default:
                json.Append('{');
                for (var i = random.Next(6); i > 0; i--)
                {
                    json.Append('"').Append(names[random.Next(names.Count)]).Append("\":");
                    Value(depth - 1, json).Append(i > 1 ? "," : "");
                }

                return json.Append('}');
        }
    }

    private string Number() => random.Next(6) switch
    {
        0 => "-1",
        1 => "1e400",
        2 => "0.5",
        3 => "123456789012345678901234567890",
        _ => random.Next(-5, 200).ToString(CultureInfo.InvariantCulture),
    };
}
