using System.Security.Cryptography;
using System.Text.Json;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Tests.Eligibility.Units;

namespace Trialdex.Core.Tests.Eligibility.Constraints;

/// <summary>
/// Stores know a stored parse is stale only by <see cref="ConstraintExtractor.ParserVersion"/>, so a change to what
/// the parser gives must come with a new version. Cases/Constraints/parser-version.txt records the version and a
/// digest of the stored form of the parse of every golden criterion; a change of output without a new version fails.
/// </summary>
public sealed class ParserVersionTests
{
    private static readonly string RecordFile = Path.Combine(ConstraintCases.Directory, "parser-version.txt");

    [BundledUnitsFact]
    public void The_parser_version_changes_whenever_the_parse_of_the_golden_criteria_changes()
    {
        var recorded = File.ReadLines(RecordFile).Single(line => line.Length > 0 && !line.StartsWith('#')).Split(' ');
        var digest = Digest();

        var version = ConstraintExtractor.ParserVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(
            recorded[0] == version && recorded[1] == digest,
            $"the parse of the golden criteria (digest {digest}, recorded {recorded[1]}) or ParserVersion ({version}, recorded {recorded[0]}) changed: " +
            "when the parse changes, bump ConstraintExtractor.ParserVersion, then record the new version and digest in " +
            "tests/Trialdex.Core.Tests/Cases/Constraints/parser-version.txt");
    }

    /// <summary>SHA-256 of the stored JSON of the parse of every golden criterion, in file and line order.</summary>
    private static string Digest()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(ConstraintCases.Directory, "*.cases.txt").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Contains(ConstraintCases.Arrow, StringComparison.Ordinal) && !l.StartsWith('#')))
            {
                var criterion = line[..line.IndexOf(ConstraintCases.Arrow, StringComparison.Ordinal)];
                var text = criterion.StartsWith("E: ", StringComparison.Ordinal) ? "Exclusion Criteria:\n- " + criterion[3..] : "Inclusion Criteria:\n- " + criterion;
                hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(ConstraintExtractor.Parse(text).Criteria, StoredCriteriaJson.Criteria));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
