using Microsoft.AspNetCore.Builder;

namespace Trialdex.Web.Features.Layout;

/// <summary>
/// Headers on every response, pages, assets, API and errors alike: a Content-Security-Policy that allows only
/// our own assets (no inline script or style anywhere), no MIME sniffing, and no full URLs sent to other sites.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // OnStarting, not now: the exception handler clears headers set before it rewrites a failed response.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
