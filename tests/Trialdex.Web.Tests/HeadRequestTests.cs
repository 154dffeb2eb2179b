using System.Net;

namespace Trialdex.Web.Tests;

/// <summary>HEAD answers like GET without a body, in-process; <see cref="ServeProcessTests"/> checks the real server.</summary>
public sealed class HeadRequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Urls => new()
    {
        "/", "/trial/NCT05106972", "/trial/NCT99999999", "/search?cond=cirrhosis&status=rec", "/search?status=nonsense",
        "/landscape", "/locations", "/assets/site.css", "/assets/nothing.css", "/api/v2/studies", "/api/v2/studies/NCT05106972",
        "/api/v2/studies/NCT99999999", "/no/such/page",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Head_has_the_status_and_content_type_of_get_and_no_body(string url)
    {
        using var get = await _client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await HeadAsync(_client, url);

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.True(head.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Head_of_an_asset_gives_its_length_and_etag()
    {
        using var get = await _client.GetAsync(new Uri("/assets/site.css", UriKind.Relative));
        using var head = await HeadAsync(_client, "/assets/site.css");

        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    public static async Task<HttpResponseMessage> HeadAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative));
        return await client.SendAsync(request);
    }
}
