using Spectre.Console;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Cli.Commands;

/// <summary>Writes a <see cref="StudyPage"/> to the console, section by section in the order trial pages use.</summary>
internal static class StudyRenderer
{
    public static void Render(IAnsiConsole console, Study study, StoredStudy stored)
    {
        var page = StudyPage.From(study);
        console.MarkupLine($"[bold]{Markup.Escape(page.Title)}[/]");
        Line(console, page.Sponsor);
        Section(console, "Status", page.Status is { } status ? [$"[{Colour(status.Value)}]{Markup.Escape(status.Text)}[/]"] : [], escape: false);
        Section(console, "Phase", page.Phases);
        Section(console, "Conditions", page.Conditions);
        Section(console, "Treatments", page.Treatments);
        Section(console, "Study type", Maybe(page.StudyType));
        Section(console, "Funder types", page.FunderTypes);
        Section(console, "Identifiers", page.Identifiers.Select(i => $"{i.Kind}: {i.Id}{(i.Link is null ? "" : "  " + i.Link)}"));
        Section(console, "About", Maybe(page.About));
        Section(console, "Full description", Maybe(page.FullDescription));
        Section(console, "Enrollment", Maybe(page.Enrollment));
        Section(console, "Sex", Maybe(page.Sex));
        Section(console, "Ages", Maybe(page.Ages));
        Section(console, "Volunteers", Maybe(page.Volunteers));
        EligibilityRenderer.Render(console, page.Eligibility);
        if (page.Design is { } design)
        {
            Section(console, "Trial design", Labelled(
                ("Primary purpose", design.PrimaryPurpose), ("Allocation", design.Allocation), ("Interventional model", design.InterventionalModel),
                ("Masking", design.Masking), ("Observational model", design.ObservationalModel), ("Time perspective", design.TimePerspective)));
        }

        Section(console, "Patient groups", [.. Maybe(page.GroupSummary), .. page.Groups.SelectMany(Group)]);
        Section(console, "Outcome measures", page.Outcomes.Select(o => $"{o.Kind}: {o.Measure}{(o.TimeFrame is null ? "" : $" (time frame: {o.TimeFrame})")}"));
        Section(console, "Trial contacts and locations", [.. page.CentralContacts.Select(c => "Central contact: " + Contact(c)), .. page.Locations.Select(Site)]);
        Section(console, "Related conditions & MeSH terms", page.RelatedTerms);
        Section(console, "Record dates", Labelled(
            ("First posted", page.Dates.FirstPosted), ("Last updated", page.Dates.LastUpdate), ("Start", page.Dates.Start),
            ("Primary completion", page.Dates.PrimaryCompletion), ("Completion", page.Dates.Completion)));
        console.WriteLine();
        console.WriteLine(page.Source is { } source ? $"Data sourced from ClinicalTrials.gov: {source}" : $"Local record (no NCT id), imported from {stored.SourceFile}");
    }

    internal static void Section(IAnsiConsole console, string title, IEnumerable<string> lines, bool escape = true)
    {
        var list = lines.SelectMany(l => l.Split('\n')).Select(l => l.TrimEnd()).ToList();
        if (list.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold underline]{Markup.Escape(title)}[/]");
        foreach (var line in list)
        {
            if (line.Length == 0)
            {
                console.WriteLine();
            }
            else if (escape)
            {
                console.WriteLine("  " + line);
            }
            else
            {
                console.MarkupLine("  " + line);
            }
        }
    }

    private static void Line(IAnsiConsole console, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            console.WriteLine(text);
        }
    }

    private static IEnumerable<string> Group(PatientGroup group) =>
        [
            (group.Name ?? "Unnamed group") + (group.Kind is null ? "" : $" ({group.Kind})"),
            .. Maybe(group.Description).Select(d => "    Description: " + d),
            .. group.Treatments.Select(t => "    Treatment: " + t),
        ];

    private static string Site(SiteLocation site)
    {
        var place = string.Join(", ", new[] { site.Facility, site.City, site.State, site.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var contacts = site.Contacts.Count == 0 ? "" : "; contact: " + string.Join("; ", site.Contacts.Select(Contact));
        return $"{place}{(site.Status is null ? "" : $" ({site.Status})")}{contacts}";
    }

    private static string Contact(PageContact contact) =>
        string.Join(", ", new[] { contact.Name, contact.Phone, contact.Email }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static IEnumerable<string> Labelled(params (string Label, string? Value)[] values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => $"{v.Label}: {v.Value}");

    private static string[] Maybe(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];

    private static string Colour(OverallStatus status) => status switch
    {
        OverallStatus.Recruiting or OverallStatus.Available => "green",
        OverallStatus.NotYetRecruiting or OverallStatus.EnrollingByInvitation => "blue",
        OverallStatus.ActiveNotRecruiting => "yellow",
        OverallStatus.Terminated or OverallStatus.Withdrawn or OverallStatus.Suspended => "red",
        _ => "grey",
    };
}
