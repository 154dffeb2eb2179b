using Spectre.Console;
using Trialdex.Core.Eligibility;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Cli.Commands;

/// <summary>Writes a study's inclusion and exclusion criteria as lists, nested lists kept, each with its own marker.</summary>
internal static class EligibilityRenderer
{
    public static void Render(IAnsiConsole console, EligibilitySection? eligibility)
    {
        if (eligibility is null)
        {
            return;
        }

        StudyRenderer.Section(console, "Inclusion criteria", Lines(eligibility.Inclusion, 0));
        StudyRenderer.Section(console, "Exclusion criteria", Lines(eligibility.Exclusion, 0));
        StudyRenderer.Section(console, eligibility.Inclusion.Count + eligibility.Exclusion.Count == 0 ? "Eligibility criteria" : "Other criteria",
            Lines(eligibility.Unclassified, 0));
    }

    private static IEnumerable<string> Lines(IReadOnlyList<CriterionItem> items, int depth)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var marker = item.Marker is { Length: > 0 } m && !IsBullet(m) ? m : "-";
            yield return new string(' ', depth * 4) + marker + " " + item.Text;
            foreach (var child in Lines(item.Children, depth + 1))
            {
                yield return child;
            }
        }
    }

    private static bool IsBullet(string marker) => marker is "*" or "-" or "•" or "·" or "o" or "+";
}
