using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Trialdex.Web.Features.Layout;

/// <summary>
/// The pages' CSS and JavaScript, embedded in this assembly (so an installed tool needs no files beside it) and
/// served from <c>/assets/{name}</c>. URLs carry a content hash, so browsers may cache them for a year.
/// </summary>
internal static class SiteAssets
{
    private const string Prefix = "Trialdex.Web.Assets.";

    private static readonly FrozenDictionary<string, Asset> All = Load();

    /// <summary>The URL of an asset, with its content hash as version: <c>/assets/site.css?v=1a2b3c4d</c>.</summary>
    public static string Url(string name) => $"/assets/{name}?v={All[name].ETag[1..^1]}";

    public static IEndpointRouteBuilder MapSiteAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!All.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=300";
            context.Response.Headers.ETag = asset.ETag;
            return context.Request.Headers.IfNoneMatch == asset.ETag
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Bytes(asset.Content, asset.ContentType);
        }).ExcludeFromDescription();
        return routes;
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(SiteAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(name => name[Prefix.Length..], name => Read(assembly, name), StringComparer.Ordinal);
    }

    private static Asset Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        var type = Path.GetExtension(resource) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return new Asset(content, type, new EntityTagHeaderValue($"\"{hash}\"").ToString());
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
