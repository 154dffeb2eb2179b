namespace Trialdex.Cli.Tests;

/// <summary>
/// <c>trialdex show</c> of each bundled seed trial against its golden output in Cases/Show, and the sections and facts
/// its seed page has. Set TRIALDEX_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change (then review them).
/// </summary>
public sealed class ShowGoldenTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string> SeedIds => new() { "LOCAL-MELASMA-EXOSOMES", "NCT03223454", "NCT05106972", "NCT03033277", "LOCAL-IUA-IPS-EXO" };

    [Theory]
    [MemberData(nameof(SeedIds))]
    public async Task Show_prints_the_seed_trial_exactly_as_its_golden_file(string id)
    {
        var result = await _cli.RunAsync("show", id);
        Assert.Equal(0, result.ExitCode);
        var golden = Path.Combine(AppContext.BaseDirectory, "Cases", "Show", id + ".expected.txt");
        if (Environment.GetEnvironmentVariable("TRIALDEX_UPDATE_GOLDEN") == "1")
        {
            var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Cases", "Show", id + ".expected.txt"));
            await File.WriteAllTextAsync(source, result.Output);
        }

        Assert.Equal(Normalize(await File.ReadAllTextAsync(golden)), Normalize(result.Output));
    }

    [Theory]
    [InlineData("NCT05106972", new[] { "Status", "Conditions", "Treatments", "Study type", "Funder types", "Identifiers", "About", "Enrollment", "Sex", "Ages", "Volunteers", "Trial design", "Patient groups", "Trial contacts and locations" },
        new[] { "Recruiting", "Liver Cirrhosis", "Drug: UC-MSC infusion", "Interventional", "Industry", "NCT05106972", "SCT20181032", "30 estimated patients", "20 to 60 years old", "No Healthy Volunteers",
            "PT prolongation is greater than 3 seconds", "Single Group Assignment", "None (Open label)", "30 participants in 1 patient group", "Xiaoxi Huang, PHD" })]
    [InlineData("NCT03033277", new[] { "Status", "Phase", "Conditions", "Treatments", "Identifiers", "About", "Enrollment", "Sex", "Ages", "Trial design", "Patient groups" },
        new[] { "Phase 1", "Phase 2", "Primary Ovarian Insufficiency", "Biological: Placebo transplantation", "Biological: HUC-MSCs transplantation", "Multi-cited POI Recovery",
            "320 estimated patients", "Female", "20 to 40 years old", "Randomized", "Parallel Assignment", "320 participants in 2 patient groups, including a placebo group", "Long Yan, Doctor" })]
    [InlineData("NCT03223454", new[] { "Status", "Phase", "About", "Full description", "Identifiers", "Trial contacts and locations" },
        new[] { "Not yet recruiting", "Phase 1", "human amniotic epithelial cells", "NCT03223454", "Lina Hu", "86-23-63693707", "cqhulina@126.com" })]
    public async Task Show_has_every_section_and_fact_of_the_seed_page(string id, string[] sections, string[] facts)
    {
        var output = Normalize((await _cli.RunAsync("show", id)).Output);
        Assert.All(sections, s => Assert.Contains("\n" + s + "\n", output, StringComparison.Ordinal));
        var flat = string.Join(' ', output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.All(facts, f => Assert.Contains(f, flat, StringComparison.Ordinal));
    }

    /// <summary>Joins wrapped lines' whitespace so the comparison does not depend on the console width.</summary>
    private static string Normalize(string text) =>
        "\n" + string.Join('\n', text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))) + "\n";
}
