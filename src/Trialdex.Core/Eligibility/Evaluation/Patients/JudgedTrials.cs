using Trialdex.Core.Import;
using Trialdex.Core.Import.Sources;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Evaluation.Patients;

/// <summary>
/// Reads the records of judged trials straight from import sources (a ClinicalTrials.gov XML zip, API v2 JSON
/// files or folders) through the import pipeline's reader and decoder, without a store. Records whose entry name
/// carries an NCT id not wanted are passed over undecoded.
/// </summary>
public static class JudgedTrials
{
    /// <summary>The studies among <paramref name="paths"/> whose NCT id is in <paramref name="wanted"/>, by id.</summary>
    public static IReadOnlyDictionary<string, Study> Read(IEnumerable<string> paths, IReadOnlySet<string> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var studies = new Dictionary<string, Study>(StringComparer.Ordinal);
        foreach (var item in SourceWalker.Enumerate(paths, new ImportProgress()))
        {
            if (item is not RawRecord record || (NamedId(record.SourceFile) is { } named && !wanted.Contains(named)))
            {
                continue;
            }

            if (RecordDecoder.ReadStudy(record) is var (nctId, study) && wanted.Contains(nctId))
            {
                studies.TryAdd(nctId, study);
            }
        }

        return studies;
    }

    /// <summary>The NCT id a record's entry name starts with ("…/NCT00000102.xml"), or null.</summary>
    private static string? NamedId(string source)
    {
        var name = source[(source.LastIndexOfAny(['/', '\\', '!']) + 1)..];
        return name.Length >= 11 && name.StartsWith("NCT", StringComparison.Ordinal) && name.AsSpan(3, 8).ContainsAnyExceptInRange('0', '9') is false
            ? name[..11]
            : null;
    }
}
