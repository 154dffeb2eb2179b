using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Trialdex.Web.Features.Errors;

/// <summary>
/// Errors as pages for people and as problem details for programs: a failure under <c>/api</c> or
/// <c>/openapi</c> stays an RFC 7807 problem; anywhere else it is a plain page. Neither shows internals.
/// </summary>
internal static class ErrorPages
{
    public static RazorComponentResult<NotFoundPage> NotFound(string? id = null) =>
        new(new { Id = id }) { StatusCode = StatusCodes.Status404NotFound };

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    /// <summary>Unhandled exceptions: problem details on the API, the plain error page elsewhere.</summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                if (IsApi(context.Request.Path))
                {
                    var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                    await problems.WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = { Status = StatusCodes.Status500InternalServerError, Title = "An error occurred while processing your request." },
                        Exception = context.Features.Get<IExceptionHandlerFeature>()?.Error,
                    });
                    return;
                }

                await new RazorComponentResult<ErrorPage> { StatusCode = StatusCodes.Status500InternalServerError }.ExecuteAsync(context);
            },
        });

        // A bare error status outside the API (no endpoint matched: 404) becomes the friendly page; the API keeps its problem details.
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context.Request.Path), pages => pages.UseStatusCodePages(async context =>
        {
            if (context.HttpContext.Response.StatusCode == StatusCodes.Status404NotFound)
            {
                await NotFound().ExecuteAsync(context.HttpContext);
            }
        }));
        return app;
    }
}
