using System.Globalization;

namespace Trialdex.Core.Eligibility.Evaluation;

/// <summary>
/// Reads brat standoff annotations (.ann): entity lines "T", event lines "E", attribute lines "A"; relations,
/// notes and malformed lines are skipped, since the evaluation only needs comparisons and their parts.
/// </summary>
internal static class BratReader
{
    public static BratDocument Read(string ann)
    {
        var entities = new Dictionary<string, BratEntity>(StringComparer.Ordinal);
        var events = new List<BratEvent>();
        var attributes = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var line in ann.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2)
            {
                continue;
            }

            switch (fields[0][0])
            {
                case 'T' when Entity(fields) is { } entity:
                    entities[entity.Id] = entity;
                    break;
                case 'E':
                    events.Add(Event(fields[0], fields[1]));
                    break;
                case 'A' or 'M':
                    var parts = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length >= 2)
                    {
                        if (!attributes.TryGetValue(parts[1], out var list))
                        {
                            attributes[parts[1]] = list = [];
                        }

                        list.Add((parts[0], parts.Length > 2 ? parts[2] : "true"));
                    }

                    break;
            }
        }

        return new BratDocument(entities, events, attributes.ToDictionary(a => a.Key, a => (IReadOnlyList<(string, string)>)a.Value, StringComparer.Ordinal));
    }

    private static BratEntity? Entity(string[] fields)
    {
        var space = fields[1].IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        int start = int.MaxValue, end = -1;
        foreach (var fragment in fields[1][(space + 1)..].Split(';'))
        {
            var offsets = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (offsets.Length != 2 || !int.TryParse(offsets[0], CultureInfo.InvariantCulture, out var s) || !int.TryParse(offsets[1], CultureInfo.InvariantCulture, out var e))
            {
                return null;
            }

            start = Math.Min(start, s);
            end = Math.Max(end, e);
        }

        return end < start ? null : new BratEntity(fields[0], fields[1][..space], start, end, fields.Length > 2 ? fields[2] : string.Empty);
    }

    private static BratEvent Event(string id, string body)
    {
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var trigger = parts.Length > 0 ? parts[0].Split(':') : [];
        var arguments = parts.Skip(1).Select(p => p.Split(':')).Where(p => p.Length == 2)
            .Select(p => (p[0].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), p[1])).ToList();
        return new BratEvent(id, trigger.Length == 2 ? trigger[0] : string.Empty, trigger.Length == 2 ? trigger[1] : string.Empty, arguments);
    }
}
