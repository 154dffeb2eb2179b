using Microsoft.Data.Sqlite;
using Trialdex.Tests;

namespace Trialdex.Cli.Tests;

/// <summary><c>trialdex criteria</c> over the criteria the import stored, and <c>--update-store</c>.</summary>
public sealed class CriteriaStoreTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Criteria_update_store_parses_again_what_an_older_parser_stored_and_sums_up_what_it_did()
    {
        var file = _cli.Directory.Write("studies.json", "[" + TestStudies.Json(TestStudies.Id(1)) + "," + TestStudies.Json(TestStudies.Id(2)) + "]");
        await _cli.RunAsync("import", file);
        Execute($"UPDATE study_documents SET criteria_parser_version = 0 WHERE id = (SELECT id FROM studies WHERE nct_id = '{TestStudies.Id(1)}')");

        var first = await _cli.RunAsync("criteria", "--update-store");
        var second = await _cli.RunAsync("criteria", "--update-store");

        Assert.Equal((0, "reparsed 1, current 1"), (first.ExitCode, first.Output.Trim()));
        Assert.Equal((0, "reparsed 0, current 2"), (second.ExitCode, second.Output.Trim()));
    }

    [Fact]
    public async Task A_study_without_criteria_says_so_instead_of_printing_nothing()
    {
        await _cli.RunAsync("import", _cli.Directory.Write("s.json", TestStudies.Node(TestStudies.Id(1), criteria: null).ToJsonString()));

        var result = await _cli.RunAsync("criteria", TestStudies.Id(1));
        var text = await _cli.RunAsync("criteria", "--text", _cli.Directory.Write("empty.txt", "  \n"));

        Assert.Equal((0, $"{TestStudies.Id(1)} states no eligibility criteria."), (result.ExitCode, result.Output.Trim()));
        Assert.Equal((0, "No eligibility criteria found in the text."), (text.ExitCode, text.Output.Trim()));
    }

    [Fact]
    public async Task Criteria_of_a_stored_study_whose_parse_is_outdated_are_shown_as_the_current_parser_reads_them()
    {
        await _cli.RunAsync("import", _cli.Directory.Write("s.json", TestStudies.Json(TestStudies.Id(1))));
        Execute("UPDATE study_documents SET parsed_criteria = NULL, criteria_parser_version = NULL");

        var result = await _cli.RunAsync("criteria", TestStudies.Id(1));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[Inclusion] Age 18 to 65", result.Output, StringComparison.Ordinal);
        Assert.Contains("Age age in 18..65", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Criteria_update_store_takes_no_study_id()
    {
        var result = await _cli.RunAsync("criteria", "--update-store", TestStudies.Id(1));

        Assert.Equal(ExitCodes.BadArguments, result.ExitCode);
        Assert.Contains("--update-store", result.Error, StringComparison.Ordinal);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_cli.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
