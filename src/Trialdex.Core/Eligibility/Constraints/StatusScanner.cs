namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Finds what a criterion says about the participant's state rather than a number: sex ("Women", "Females"),
/// pregnancy, lactation, contraception and healthy volunteers. "Pregnant or lactating women" names pregnancy and
/// lactation, not the participant's sex; "contraindications for pregnancy" is no pregnancy constraint.
/// </summary>
internal static class StatusScanner
{
    private const int SexContext = 3;

    private static readonly PhraseTable<ConstraintKind> States = new(
        new (string, ConstraintKind)[]
        {
            ("pregnant", ConstraintKind.Pregnancy), ("pregnancy", ConstraintKind.Pregnancy), ("pregnancies", ConstraintKind.Pregnancy),
            ("lactating", ConstraintKind.Lactation), ("lactation", ConstraintKind.Lactation), ("breastfeeding", ConstraintKind.Lactation),
            ("breast-feeding", ConstraintKind.Lactation), ("breast feeding", ConstraintKind.Lactation), ("nursing", ConstraintKind.Lactation),
            ("breast-feed", ConstraintKind.Lactation), ("breastfeed", ConstraintKind.Lactation), ("nursing mothers", ConstraintKind.Lactation),
            ("contraception", ConstraintKind.Contraception), ("contraceptive", ConstraintKind.Contraception),
            ("contraceptives", ConstraintKind.Contraception), ("birth control", ConstraintKind.Contraception),
            ("healthy volunteers", ConstraintKind.HealthyVolunteers), ("healthy volunteer", ConstraintKind.HealthyVolunteers),
            ("healthy subjects", ConstraintKind.HealthyVolunteers), ("healthy participants", ConstraintKind.HealthyVolunteers),
            ("healthy adults", ConstraintKind.HealthyVolunteers), ("healthy individuals", ConstraintKind.HealthyVolunteers),
        });

    private static readonly PhraseTable<string> Sexes = new(
        new (string, string)[]
        {
            ("women", "female"), ("woman", "female"), ("female", "female"), ("females", "female"), ("girls", "female"),
            ("men", "male"), ("man", "male"), ("male", "male"), ("males", "male"), ("boys", "male"),
        });

    private static readonly WordSet NotLactation = new() { "home", "homes", "facility", "care", "staff", "students" };

    public static IEnumerable<Constraint> Scan(CriterionTokens criterion)
    {
        var tokens = criterion.Tokens;
        List<Constraint>? found = null;
        List<(string Sex, int Start, int End)>? foundSexes = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (States.TryMatch(tokens, i, out var kind, out var length) && Counts(tokens, i, length, kind))
            {
                var span = new TextSpan(tokens[i].Start, tokens[i + length - 1].End - tokens[i].Start);
                (found ??= []).Add(new Constraint { Kind = kind, Field = FieldOf(kind), Span = span });
                i += length - 1;
            }
            else if (Sexes.TryMatch(tokens, i, out var sex, out length) && !IsPartner(tokens, i + length))
            {
                (foundSexes ??= []).Add((sex, i, i + length));
                i += length - 1;
            }
        }

        // Most criteria name neither: nothing more to allocate for them.
        if (found is null && foundSexes is null)
        {
            return [];
        }

        var states = found ?? [];
        var sexes = foundSexes ?? [];

        var nearPregnancy = new bool[tokens.Count + 1];
        foreach (var state in states.Where(s => s.Kind is ConstraintKind.Pregnancy or ConstraintKind.Lactation))
        {
            var at = criterion.TokenAfter(state.Span.Start);
            Array.Fill(nearPregnancy, true, Math.Max(0, at - SexContext), Math.Min(tokens.Count, at + SexContext + 1) - Math.Max(0, at - SexContext));
        }

        var sexConstraints = Sex(criterion, sexes.Where(s => !nearPregnancy[s.Start]).ToList());
        return states.Concat(sexConstraints);
    }

    private static IEnumerable<Constraint> Sex(CriterionTokens criterion, List<(string Sex, int Start, int End)> sexes)
    {
        if (sexes.Count == 0)
        {
            return [];
        }

        var tokens = criterion.Tokens;
        var values = sexes.Select(s => s.Sex).Distinct().Order(StringComparer.Ordinal).ToList();
        var start = tokens[sexes[0].Start].Start;
        var end = tokens[sexes[^1].End - 1].End;
        return
        [
            new Constraint
            {
                Kind = ConstraintKind.Sex,
                Field = "sex",
                Operator = values.Count == 1 ? ComparisonOperator.Equal : ComparisonOperator.OneOf,
                ValueTexts = values,
                Span = new TextSpan(start, end - start),
            },
        ];
    }

    private static string FieldOf(ConstraintKind kind) => kind == ConstraintKind.HealthyVolunteers ? "healthy volunteers" : kind.ToString().ToLowerInvariant();

    /// <summary>"female partners", "male partner": someone else's sex.</summary>
    private static bool IsPartner(List<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].Text.StartsWith("partner", StringComparison.OrdinalIgnoreCase);

    /// <summary>Leaves out mentions that are about something else: "nursing home", "contraindications for pregnancy".</summary>
    private static bool Counts(List<Token> tokens, int at, int length, ConstraintKind kind)
    {
        if (kind == ConstraintKind.Lactation && tokens[at].Is("nursing") && at + length < tokens.Count && NotLactation.Contains(tokens[at + length].Text))
        {
            return false;
        }

        return !(kind == ConstraintKind.Pregnancy && at >= 2 && (tokens[at - 1].Is("for") || tokens[at - 1].Is("to") || tokens[at - 1].Is("during"))
            && tokens[at - 2].Text.StartsWith("contraindication", StringComparison.OrdinalIgnoreCase));
    }
}
