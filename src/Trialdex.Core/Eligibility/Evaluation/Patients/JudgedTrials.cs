using System.Text.RegularExpressions;
using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>
/// Reads the records of judged trials straight from import sources (a ClinicalTrials.gov XML zip, API v2 JSON
/// files or folders) through the import pipeline's reader and decoder, without a store. Records whose entry name
/// carries an NCT id not wanted are passed over undecoded.
/// </summary>
public static partial class JudgedTrials
{
    /// <summary>The studies among <paramref name="paths"/> whose NCT id is in <paramref name="wanted"/>, by id.</summary>
    public static IReadOnlyDictionary<string, Study> Read(IEnumerable<string> paths, IReadOnlySet<string> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var studies = new Dictionary<string, Study>(StringComparer.Ordinal);
        foreach (var item in SourceWalker.Enumerate(paths, new ImportProgress()))
        {
            if (item is not RawRecord record || (NctId().Match(record.SourceFile) is { Success: true } named && !wanted.Contains(named.Value)))
            {
                continue;
            }

            if (RecordDecoder.Decode(record).Document is { } document && wanted.Contains(document.NctId))
            {
                studies.TryAdd(document.NctId, document.Study);
            }
        }

        return studies;
    }

    [GeneratedRegex(@"NCT\d{8}(?=[^/\\]*$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NctId();
}
