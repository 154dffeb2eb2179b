using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Trialdex.Core.Import;
using Trialdex.Core.Search;
using Trialdex.Core.Store;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Web.Tests.Pages;

public sealed class ErrorPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Secret = "connection string Password=hunter2 at /var/secret/trialdex.db";

    private HttpClient BrokenClient() =>
        factory.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<IStudyStore>(new BrokenStore()))).CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/search?cond=cirrhosis")]
    [InlineData("/trial/NCT05106972")]
    public async Task A_failing_page_is_a_plain_500_page_without_internals(string url)
    {
        var (response, html) = await PageHtml.GetAsync(BrokenClient(), url, HttpStatusCode.InternalServerError);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_api_call_stays_an_rfc_7807_problem_without_internals()
    {
        var response = await BrokenClient().GetAsync(new Uri("/api/v2/version", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        PageHtml.AssertSecurityHeaders(response);
    }

    private sealed class BrokenStore : IStudyStore
    {
        private static InvalidOperationException Fail() => new(Secret);

        public Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<StudyDocument> batch, CancellationToken ct) => throw Fail();

        public Task<StoredStudy?> FindAsync(string nctId, CancellationToken ct) => throw Fail();

        public IAsyncEnumerable<StoredStudy> ExportAsync(CancellationToken ct) => throw Fail();

        public Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct) => throw Fail();

        public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct) => throw Fail();

        public Task<SearchBreakdown> BreakdownAsync(SearchRequest request, CancellationToken ct) => throw Fail();

        public Task<FieldValueStats> GetFieldValuesAsync(FieldValuePiece piece, CancellationToken ct) => throw Fail();

        public Task<VocabularySummary> ReplaceVocabularyAsync(MeshVocabulary vocabulary, CancellationToken ct) => throw Fail();

        public Task<MeshVocabulary?> GetVocabularyAsync(CancellationToken ct) => throw Fail();

        public Task<bool> IsFreshAsync(CancellationToken ct) => throw Fail();

        public Task RecordImportRunAsync(ImportRunRecord run, IEnumerable<RecordReject> rejects, CancellationToken ct) => throw Fail();

        public Task<IReadOnlyDictionary<string, Core.Eligibility.Constraints.ParsedCriteria>> GetParsedCriteriaAsync(IReadOnlyCollection<string> nctIds, CancellationToken ct) => throw Fail();

        public Task<ParsedCriteriaCounts> CountParsedCriteriaAsync(CancellationToken ct) => throw Fail();

        public Task<int> UpdateParsedCriteriaAsync(int batchSize, CancellationToken ct) => throw Fail();

        public Task<Core.Eligibility.Screening.OpenTrialSet> GetOpenTrialSetAsync(CancellationToken ct) => throw Fail();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
