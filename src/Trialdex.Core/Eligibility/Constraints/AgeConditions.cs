using System.Text.RegularExpressions;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>
/// Marks the ages that say when a criterion's other requirement applies rather than require an age
/// (<see cref="ConstraintFlags.Conditional"/>): "Consent of parent or guardian if less than 18 years of age",
/// "Signed consent from parent or legal guardian for patients &lt; 18 years", "Patients &lt; 18 years of age must
/// have written consent of parent or guardian", "older children (≥ 7 years old) who do not give assent". Read as
/// requirements they rule every adult out of the trial.
/// <list type="bullet">
/// <item><description>an age after "if", "when" or "whenever" (with only words naming who between: "if they are
/// under 18"), or after "for" and people ("required for patients 55 years of age and younger");</description></item>
/// <item><description>in a criterion about consent given by someone else or a child's assent: an age after "for",
/// "in" or "to" ("for those &lt; 18", "explained to subjects age 8-17"), an upper limit alone ("patients &lt; 18 … must have consent of parent"), an age
/// followed by "who" or "whose" ("children ≥ 7 who do not give assent"), and a bare "under 18" after "if" (read
/// without a unit as some value).</description></item>
/// </list>
/// An age labelling requirements after a colon ("Age 5 years and under: Creatinine less than 1.2 mg/dL") is one too.
/// A range or a lower limit that opens a criterion ("Are at least 13 years old (consent of parent or guardian if under
/// 18)", "Children 2 to 17 years with consent of a parent") stays a requirement.
/// </summary>
internal static partial class AgeConditions
{
    /// <summary>Words that only name who, skipped between an age and the word that makes it a condition.</summary>
    private static readonly WordSet Who = new()
    {
        "patients", "patient", "subjects", "subject", "participants", "participant", "children", "child", "minors", "minor",
        "those", "they", "he", "she", "the", "all", "any", "aged", "age", "are", "is", "be", "who", "of", "persons",
        "individuals", "adolescents", "women", "men", "girls", "boys", "infants", "younger", "older", "(",
    };

    /// <summary>The words of <see cref="Who"/> that name people.</summary>
    private static readonly WordSet People = new()
    {
        "patients", "patient", "subjects", "subject", "participants", "participant", "children", "child", "minors", "minor",
        "those", "persons", "individuals", "adolescents", "women", "men", "girls", "boys", "infants",
    };

    private static readonly WordSet Always = new() { "if", "when", "whenever" };

    private static readonly WordSet InConsent = new() { "if", "when", "whenever", "for", "in", "to" };

    private const int MaxWhoWords = 4;

    public static List<Constraint> Mark(CriterionTokens criterion, List<Constraint> constraints)
    {
        var text = criterion.Text;
        var consent = (text.Contains("consent", StringComparison.OrdinalIgnoreCase) || text.Contains("assent", StringComparison.OrdinalIgnoreCase)
            || text.Contains("permission", StringComparison.OrdinalIgnoreCase)) && ProxyConsent().IsMatch(text);
        for (var i = 0; i < constraints.Count; i++)
        {
            var c = constraints[i];
            var bareUnder = consent && c is { Kind: ConstraintKind.Measurement, Unit: null, Field: "value", Operator: ComparisonOperator.Less or ComparisonOperator.LessOrEqual };
            if (c.Kind != ConstraintKind.Age && !bareUnder)
            {
                continue;
            }

            var (trigger, named) = TriggerBefore(criterion, c.Span.Start);
            var conditional = bareUnder
                ? trigger is { } t && Always.Contains(t)
                : (trigger is { } w && ((consent ? InConsent : Always).Contains(w) || (named && w.Equals("for", StringComparison.OrdinalIgnoreCase))))
                    || (consent && (c.Operator is ComparisonOperator.Less or ComparisonOperator.LessOrEqual || WhoAfter(criterion, c.Span.End)))
                    || LabelsRules(criterion, c, constraints);
            if (conditional)
            {
                constraints[i] = c with { Kind = ConstraintKind.Age, Field = "age", Flags = c.Flags | ConstraintFlags.Conditional };
            }
        }

        return constraints;
    }

    /// <summary>
    /// The word before the age, past at most a few words naming who, or null when a boundary or another word comes
    /// first; and whether those words named people ("for patients 55 years of age and younger").
    /// </summary>
    private static (string? Trigger, bool Named) TriggerBefore(CriterionTokens criterion, int start)
    {
        var tokens = criterion.Tokens;
        var skipped = 0;
        var named = false;
        for (var i = criterion.TokenAfter(start) - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (FieldFinder.IsBoundary(token))
            {
                return (null, named);
            }

            if (Who.Contains(token.Text) && skipped++ < MaxWhoWords)
            {
                named |= People.Contains(token.Text);
                continue;
            }

            return (token.IsWord ? token.Text : null, named);
        }

        return (null, named);
    }

    /// <summary>
    /// True when the age is a label over requirements after a colon: "Age 5 years and under: Creatinine less than
    /// 1.2 mg/dL" (a rule for young children), not "Age: 18 to 65" (the age after the colon is the requirement).
    /// </summary>
    private static bool LabelsRules(CriterionTokens criterion, Constraint age, List<Constraint> constraints)
    {
        var tokens = criterion.Tokens;
        var first = criterion.TokenAfter(age.Span.End);
        for (var i = first; i < Math.Min(tokens.Count, first + 4); i++)
        {
            if (tokens[i].IsSymbol(':'))
            {
                var after = tokens[i].End;
                return constraints.Any(c => c.Span.Start >= after && c.Kind is not (ConstraintKind.Age or ConstraintKind.Unstructured or ConstraintKind.Sex));
            }

            if (FieldFinder.IsBoundary(tokens[i]) || tokens[i].IsNumber)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when "who" or "whose" follows the age within a few tokens ("≥ 7 years old) who do not give assent").</summary>
    private static bool WhoAfter(CriterionTokens criterion, int end)
    {
        var tokens = criterion.Tokens;
        var first = criterion.TokenAfter(end);
        for (var i = first; i < Math.Min(tokens.Count, first + 4); i++)
        {
            if (tokens[i].Is("who") || tokens[i].Is("whose"))
            {
                return true;
            }

            if (FieldFinder.IsBoundary(tokens[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Consent given by a parent, guardian or representative, or a child's assent; without backtracking, so in time linear in the text.</summary>
    [GeneratedRegex(@"\bassent\b|\b(consent|permission)\b.*\b(parent(s|al)?|guardians?|legally authori[sz]ed|representative|power of attorney)\b|\b(parent(s|al)?|guardians?('s)?|legally authori[sz]ed representative)\b.*\bconsent", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ProxyConsent();
}
