using Trialdex.Core.Import;

namespace Trialdex.Core.Store;

/// <summary>
/// Where studies live: the embedded SQLite file by default, PostgreSQL for multi-server deployments. Every
/// implementation passes the same contract tests. Records are keyed by NCT id and replaced only by newer ones.
/// </summary>
public interface IStudyStore : IAsyncDisposable
{
    /// <summary>
    /// Stores a batch atomically: each record is inserted, replaces the stored one when it is newer by
    /// lastUpdatePostDate, or is left as it is. Returns one outcome per document, in order.
    /// </summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<StudyDocument> batch, CancellationToken ct);

    /// <summary>The stored study with this NCT id (case-insensitive), or null.</summary>
    Task<StoredStudy?> FindAsync(string nctId, CancellationToken ct);

    /// <summary>Every stored study in NCT id order, streamed.</summary>
    IAsyncEnumerable<StoredStudy> ExportAsync(CancellationToken ct);

    /// <summary>Counts by status, phase, study type, country and source format, and the last import.</summary>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct);

    /// <summary>How often each value of <paramref name="piece"/> occurs across every stored study.</summary>
    Task<FieldValueStats> GetFieldValuesAsync(FieldValuePiece piece, CancellationToken ct);

    /// <summary>
    /// Runs a search: query areas, filter.advanced and filters select the studies, facets are counted on them,
    /// post-filters narrow the page, which is ranked (BM25 with the area weights) or sorted. Throws
    /// <see cref="Search.SearchException"/> for a request it cannot run (an unknown field, RANGE on text, …).
    /// </summary>
    Task<Search.SearchResult> SearchAsync(Search.SearchRequest request, CancellationToken ct);

    /// <summary>
    /// Counts over every study <paramref name="request"/> selects, post-filters included (paging, sort and facets
    /// are ignored): by status, phase, start year, enrollment, country and city, for charts and maps.
    /// </summary>
    Task<Search.SearchBreakdown> BreakdownAsync(Search.SearchRequest request, CancellationToken ct);

    /// <summary>Replaces the stored MeSH vocabulary used to expand condition searches.</summary>
    Task<Search.VocabularySummary> ReplaceVocabularyAsync(Vocabulary.MeshVocabulary vocabulary, CancellationToken ct);

    /// <summary>
    /// The stored MeSH vocabulary, or null when none was imported: criteria are parsed with it (conditions normalised
    /// to MeSH) and pre-screening reads notes and compares conditions through it. Loaded once and kept.
    /// </summary>
    Task<Vocabulary.MeshVocabulary?> GetVocabularyAsync(CancellationToken ct);

    /// <summary>True when nothing was ever stored or imported here: a fresh store.</summary>
    Task<bool> IsFreshAsync(CancellationToken ct);

    /// <summary>Records a finished (or interrupted) import run and its rejects.</summary>
    Task RecordImportRunAsync(ImportRunRecord run, IEnumerable<RecordReject> rejects, CancellationToken ct);

    /// <summary>
    /// The parsed eligibility criteria of the stored studies among <paramref name="nctIds"/> (case-insensitive;
    /// ids not stored are left out), as stored at import. A study parsed by another parser version (<see
    /// cref="Eligibility.Constraints.ConstraintExtractor.ParserVersion"/>), or never, is parsed again from its
    /// stored JSON, and not written back, so the result is always what the current parser gives.
    /// </summary>
    Task<IReadOnlyDictionary<string, Eligibility.Constraints.ParsedCriteria>> GetParsedCriteriaAsync(IReadOnlyCollection<string> nctIds, CancellationToken ct);

    /// <summary>How many stored studies have criteria parsed by the current parser version, and how many do not.</summary>
    Task<ParsedCriteriaCounts> CountParsedCriteriaAsync(CancellationToken ct);

    /// <summary>
    /// Parses again the criteria of up to <paramref name="batchSize"/> studies whose stored parse is outdated or
    /// missing and stores them; returns how many it did (0 when none is left).
    /// </summary>
    Task<int> UpdateParsedCriteriaAsync(int batchSize, CancellationToken ct);

    /// <summary>
    /// Every stored study with one of <see cref="Eligibility.Screening.TrialMatcher.OpenStatuses"/>, in the form
    /// screening reads, as committed now: built once per committed state, in the background (when a server starts,
    /// or at first use), and kept in memory until the next commit. Waits for the build when none is current;
    /// searches never wait for it.
    /// </summary>
    Task<Eligibility.Screening.OpenTrialSet> GetOpenTrialSetAsync(CancellationToken ct);
}

/// <summary>Stored studies by the state of their parsed criteria.</summary>
/// <param name="Current">Parsed by the current parser version.</param>
/// <param name="Outdated">Parsed by another version, or never (stored before criteria were stored).</param>
public sealed record ParsedCriteriaCounts(long Current, long Outdated);

/// <summary>What happened to one record offered to the store.</summary>
public enum UpsertOutcome
{
    /// <summary>No study with that NCT id was stored: it is now.</summary>
    Imported,

    /// <summary>The record was newer than the stored one and replaced it.</summary>
    Updated,

    /// <summary>The stored study is as new or newer; nothing changed.</summary>
    Unchanged,
}

/// <summary>
/// One study ready to store: what every store writes for it (the index row, a content hash, the compressed JSON and
/// original document, the parsed eligibility criteria in their stored form) and where it came from.
/// <see cref="Create"/> derives those once, on the import's parallel decode workers, so the single writer only
/// writes. It holds neither the uncompressed JSON nor the typed study: an import keeps thousands of documents waiting
/// for their batch to be written, and what each holds is copied by every garbage collection they live through.
/// </summary>
public sealed record StudyDocument(
    string NctId,
    SourceFormat Format,
    string SourceFile,
    string SourcePosition,
    StudyIndexRow Index,
    byte[] ContentHash,
    byte[] CompressedJson,
    byte[]? CompressedOriginal,
    byte[] CompressedCriteria)
{
    /// <summary>What the parsed criteria were made with (<see cref="Eligibility.Constraints.ConstraintExtractor.ParseStamp"/>).</summary>
    public long CriteriaStamp { get; init; } = Eligibility.Constraints.ConstraintExtractor.ParserVersion;

    /// <summary>Derives what a store writes for <paramref name="study"/>; its criteria are parsed with <paramref name="vocabulary"/> when given.</summary>
    public static StudyDocument Create(
        string nctId, ReadOnlyMemory<byte> json, Studies.Study study, SourceFormat format, string sourceFile, string sourcePosition,
        ReadOnlyMemory<byte>? originalDocument, ReadOnlyMemory<byte> originalDeflated = default, Vocabulary.MeshVocabulary? vocabulary = null) =>
        new(nctId, format, sourceFile, sourcePosition,
            StudyIndexRow.From(study) with { NctId = nctId },
            System.Security.Cryptography.SHA256.HashData(json.Span),
            StoredCompression.Compress(json.Span),
            originalDocument is not { } original ? null
                : originalDeflated.IsEmpty ? StoredCompression.Compress(original.Span) : StoredCompression.Wrap(originalDeflated.Span, original.Span),
            Eligibility.Constraints.StoredCriteria.Serialize(Eligibility.Constraints.ConstraintExtractor.Parse(study.ProtocolSection?.EligibilityModule?.EligibilityCriteria, vocabulary)))
        {
            CriteriaStamp = Eligibility.Constraints.ConstraintExtractor.ParseStamp(vocabulary),
        };
}

/// <summary>A study as stored: its JSON, where it came from and when.</summary>
public sealed record StoredStudy(
    string NctId,
    ReadOnlyMemory<byte> Json,
    SourceFormat Format,
    string SourceFile,
    string SourcePosition,
    DateTimeOffset ImportedAt,
    ReadOnlyMemory<byte>? OriginalDocument);

/// <summary>The summary of one import run, as recorded in the store.</summary>
public sealed record ImportRunRecord(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string Sources,
    long Imported,
    long Updated,
    long Unchanged,
    long Rejected);

/// <summary>Counts over the whole store.</summary>
public sealed record StoreStatistics(
    long Studies,
    IReadOnlyDictionary<string, long> ByStatus,
    IReadOnlyDictionary<string, long> ByPhase,
    IReadOnlyDictionary<string, long> ByStudyType,
    IReadOnlyDictionary<string, long> ByCountry,
    IReadOnlyDictionary<string, long> BySource,
    ImportRunRecord? LastImport);
