namespace Trialdex.Core.Search;

/// <summary>
/// The aggFilters keys and values ClinicalTrials.gov uses (<c>phase:2 3,studyType:int,sex:f</c>), and the store
/// values each stands for. Facets are counted with the same keys.
/// </summary>
public static class AggregateFilters
{
    /// <summary>Key → (filter value → stored values). An unknown key or value is a 400 naming it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> Keys { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string[]>>(StringComparer.Ordinal)
        {
            ["phase"] = Map(("0", ["EARLY_PHASE1"]), ("1", ["PHASE1"]), ("2", ["PHASE2"]), ("3", ["PHASE3"]), ("4", ["PHASE4"]), ("NA", ["NA"])),
            ["studyType"] = Map(("int", ["INTERVENTIONAL"]), ("obs", ["OBSERVATIONAL"]), ("exp", ["EXPANDED_ACCESS"])),
            ["results"] = Map(("with", ["1"]), ("without", ["0"])),
            ["ages"] = Map(("child", ["CHILD"]), ("adult", ["ADULT"]), ("older", ["OLDER_ADULT"])),
            ["sex"] = Map(("f", ["FEMALE"]), ("m", ["MALE"]), ("all", ["ALL"])),
            ["healthy"] = Map(("y", ["1"])),
            ["funderType"] = Map(("nih", ["NIH"]), ("fed", ["FED"]), ("industry", ["INDUSTRY"]), ("other", ["OTHER", "OTHER_GOV", "INDIV", "NETWORK", "AMBIG", "UNKNOWN"])),
            ["status"] = Map(
                ("rec", ["RECRUITING"]), ("not", ["NOT_YET_RECRUITING"]), ("act", ["ACTIVE_NOT_RECRUITING"]), ("enr", ["ENROLLING_BY_INVITATION"]),
                ("com", ["COMPLETED"]), ("ter", ["TERMINATED"]), ("sus", ["SUSPENDED"]), ("wit", ["WITHDRAWN"]), ("unk", ["UNKNOWN"]),
                ("ava", ["AVAILABLE"]), ("nla", ["NO_LONGER_AVAILABLE"]), ("tna", ["TEMPORARILY_NOT_AVAILABLE"]), ("afm", ["APPROVED_FOR_MARKETING"]), ("wh", ["WITHHELD"])),
        };

    /// <summary>Parses <c>phase:2 3,studyType:int</c> into key → values, or says what is wrong.</summary>
    public static bool TryParse(string text, out Dictionary<string, IReadOnlyList<string>> filters, out string? error)
    {
        filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        error = null;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? part : part[..colon].Trim();
            if (colon < 0 || !Keys.TryGetValue(key, out var values))
            {
                error = $"unknown aggFilters key '{key}'; expected one of {string.Join(", ", Keys.Keys)} as key:value";
                return false;
            }

            var chosen = part[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var unknown = chosen.FirstOrDefault(v => !values.ContainsKey(v));
            if (chosen.Length == 0 || unknown is not null)
            {
                error = $"aggFilters '{key}' has {(unknown is null ? "no value" : $"an unknown value '{unknown}'")}; expected {string.Join(" ", values.Keys)}";
                return false;
            }

            filters[key] = chosen;
        }

        return true;
    }

    private static Dictionary<string, string[]> Map(params (string Value, string[] Stored)[] pairs) =>
        pairs.ToDictionary(p => p.Value, p => p.Stored, StringComparer.Ordinal);
}
