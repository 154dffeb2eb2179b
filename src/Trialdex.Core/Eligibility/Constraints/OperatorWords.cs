namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>What an operator phrase says besides its comparison.</summary>
[Flags]
internal enum OperatorHint
{
    None = 0,

    /// <summary>"older than", "under the age of": the value is an age.</summary>
    Age = 1,

    /// <summary>"within", "in the past": a time window ending now.</summary>
    Window = 2,
}

/// <summary>The operator phrases of criteria: written before the value ("≥", "at least") or after it ("or older").</summary>
internal static class OperatorWords
{
    private const ComparisonOperator Lt = ComparisonOperator.Less;
    private const ComparisonOperator Le = ComparisonOperator.LessOrEqual;
    private const ComparisonOperator Gt = ComparisonOperator.Greater;
    private const ComparisonOperator Ge = ComparisonOperator.GreaterOrEqual;
    private const ComparisonOperator Eq = ComparisonOperator.Equal;

    public static PhraseTable<(ComparisonOperator Op, OperatorHint Hint)> Prefix { get; } = new(
        Symbols().Concat(Words()).Concat(Windows()).Concat(Ages()));

    public static PhraseTable<ComparisonOperator> Suffix { get; } = new(
    [
        ("or more", Ge), ("or greater", Ge), ("or higher", Ge), ("or above", Ge), ("or over", Ge), ("or older", Ge),
        ("or longer", Ge), ("or later", Ge), ("and above", Ge), ("and over", Ge), ("and older", Ge), ("and up", Ge),
        ("and higher", Ge), ("and greater", Ge), ("and more", Ge), ("or more than", Ge), ("+", Ge),
        ("or less", Le), ("or fewer", Le), ("or lower", Le), ("or below", Le), ("or younger", Le), ("or under", Le),
        ("or shorter", Le), ("and below", Le), ("and under", Le), ("and younger", Le), ("and less", Le), ("or earlier", Le),
        ("or lesser", Le),
    ]);

    private static IEnumerable<(string, (ComparisonOperator, OperatorHint))> Symbols() =>
        new (string, ComparisonOperator)[]
        {
            ("<", Lt), ("＜", Lt), ("˂", Lt), ("‹", Lt), (">", Gt), ("＞", Gt), ("˃", Gt), ("›", Gt),
            ("≤", Le), ("≦", Le), ("⩽", Le), ("=<", Le), ("<=", Le), ("</=", Le), ("=/<", Le), ("<or=", Le), ("< or =", Le), ("≤=", Le),
            ("≥", Ge), ("≧", Ge), ("⩾", Ge), ("=>", Ge), (">=", Ge), (">/=", Ge), ("=/>", Ge), ("> or =", Ge), ("≥=", Ge),
            ("=", Eq), ("==", Eq),
        }.Select(p => (p.Item1, (p.Item2, OperatorHint.None)));

    private static IEnumerable<(string, (ComparisonOperator, OperatorHint))> Words() =>
        new (string, ComparisonOperator)[]
        {
            ("at least", Ge), ("no less than", Ge), ("not less than", Ge), ("no fewer than", Ge), ("not fewer than", Ge),
            ("greater than or equal to", Ge), ("greater than or equal", Ge), ("greater or equal to", Ge), ("greater or equal", Ge),
            ("more than or equal to", Ge), ("more or equal to", Ge), ("more or equal", Ge), ("equal to or greater than", Ge),
            ("equal to or more than", Ge), ("equal or greater than", Ge), ("equal or more than", Ge), ("higher than or equal to", Ge),
            ("minimum of", Ge), ("a minimum of", Ge), ("minimum", Ge), ("min", Ge), ("not below", Ge), ("at minimum", Ge),
            ("more than", Gt), ("greater than", Gt), ("higher than", Gt), ("over", Gt), ("above", Gt), ("exceeding", Gt),
            ("exceeds", Gt), ("exceed", Gt), ("in excess of", Gt), ("longer than", Gt), ("larger than", Gt), ("bigger than", Gt),
            ("beyond", Gt), ("superior to", Gt), ("later than", Gt),
            ("at most", Le), ("no more than", Le), ("not more than", Le), ("no greater than", Le), ("not greater than", Le),
            ("no higher than", Le), ("not higher than", Le), ("no longer than", Le), ("not longer than", Le), ("not exceeding", Le),
            ("not to exceed", Le), ("less than or equal to", Le), ("less than or equal", Le), ("less or equal to", Le),
            ("less or equal", Le), ("equal to or less than", Le), ("equal or less than", Le), ("lower than or equal to", Le),
            ("maximum of", Le), ("a maximum of", Le), ("maximum", Le), ("max", Le), ("up to", Le), ("no later than", Le),
            ("less than", Lt), ("fewer than", Lt), ("lower than", Lt), ("below", Lt), ("under", Lt), ("inferior to", Lt),
            ("poorer than", Lt), ("smaller than", Lt), ("shorter than", Lt), ("earlier than", Lt),
            ("equal to", Eq), ("equals", Eq), ("exactly", Eq),
            ("less then", Lt), ("more then", Gt), ("greater then", Gt), ("lower then", Lt), ("higher then", Gt), ("older that", Gt),
        }.Select(p => (p.Item1, (p.Item2, OperatorHint.None)));

    private static IEnumerable<(string, (ComparisonOperator, OperatorHint))> Windows()
    {
        string[] leads = ["within", "within the", "in the", "during the", "over the", "for the", "within the first", "in the first", "the", ""];
        string[] periods = ["past", "last", "previous", "preceding", "prior", "next", "recent", "most recent"];
        yield return ("within", (Le, OperatorHint.Window));
        foreach (var lead in leads)
        {
            foreach (var period in periods)
            {
                yield return ($"{lead} {period}".Trim(), (Le, OperatorHint.Window));
            }
        }

        yield return ("within the", (Le, OperatorHint.Window));
        yield return ("within the first", (Le, OperatorHint.Window));
        yield return ("in the first", (Le, OperatorHint.Window));
    }

    private static IEnumerable<(string, (ComparisonOperator, OperatorHint))> Ages()
    {
        (string, ComparisonOperator)[] leads =
        [
            ("older than", Gt), ("younger than", Lt), ("over", Gt), ("under", Lt), ("above", Gt), ("below", Lt),
            ("greater than", Gt), ("less than", Lt), ("at least", Ge), ("older than or equal to", Ge),
        ];
        yield return ("minimum age", (Ge, OperatorHint.Age));
        yield return ("minimum age :", (Ge, OperatorHint.Age));
        yield return ("maximum age", (Le, OperatorHint.Age));
        yield return ("maximum age :", (Le, OperatorHint.Age));
        yield return ("older than", (Gt, OperatorHint.Age));
        yield return ("younger than", (Lt, OperatorHint.Age));
        foreach (var (lead, op) in leads)
        {
            yield return ($"{lead} the age of", (op, OperatorHint.Age));
            yield return ($"{lead} age", (op, OperatorHint.Age));
            yield return ($"{lead} aged", (op, OperatorHint.Age));
        }
    }
}
