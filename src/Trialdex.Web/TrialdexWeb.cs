using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Trialdex.Core.Store;
using Trialdex.Web.Features.Errors;
using Trialdex.Web.Features.Home;
using Trialdex.Web.Features.Landscape;
using Trialdex.Web.Features.Layout;
using Trialdex.Web.Features.Locations;
using Trialdex.Web.Features.Meta;
using Trialdex.Web.Features.Prescreen;
using Trialdex.Web.Features.Qualify;
using Trialdex.Web.Features.Search;
using Trialdex.Web.Features.Studies;
using Trialdex.Web.Features.Trials;

namespace Trialdex.Web;

/// <summary>Registers and maps the Trialdex web application: the server-rendered pages and the ClinicalTrials.gov API v2-compatible endpoints.</summary>
public static class TrialdexWeb
{
    /// <summary>The logging category of ASP.NET Core's "Request starting/finished" lines, which quote the URL with its query.</summary>
    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Adds the services the endpoints need, over an already opened store.</summary>
    public static IServiceCollection AddTrialdexWeb(this IServiceCollection services, IStudyStore store)
    {
        services.AddSingleton(store);

        // ASP.NET Core's line per request holds the query string, and POST /api/prescreen?near=… carries a patient's
        // place in it: those lines are never written, whatever level the configuration asks for (its warnings still are).
        services.AddLogging(logging => logging.AddFilter(HostingDiagnosticsCategory, LogLevel.Warning));
        services.AddRouting();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRazorComponents();

        // Pages encode only what HTML needs (<, >, &, quotes), not every non-ASCII letter: names stay readable in the source.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddRequestTimeouts(options => options.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy { Timeout = TimeSpan.FromSeconds(30) });
        return services;
    }

    /// <summary>The request pipeline: security headers, HEAD as GET without a body, errors without internals (problem details on the API, plain pages elsewhere), timeouts, pages, assets, the API and the OpenAPI document.</summary>
    public static IApplicationBuilder UseTrialdexWeb(this IApplicationBuilder app)
    {
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        app.UseErrorPages();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapOpenApi("/openapi/{documentName}.json");
            endpoints.MapStudiesApi();
            endpoints.MapMetaApi();
            endpoints.MapPrescreenApi();
            endpoints.MapSiteAssets();
            endpoints.MapHomePages();
            endpoints.MapTrialPages();
            endpoints.MapSearchPages();
            endpoints.MapLocationsPages();
            endpoints.MapLandscapePages();
            endpoints.MapQualifyPages();
        });
        return app;
    }

    /// <summary>Builds the web application over <paramref name="store"/>, listening on <paramref name="urls"/>.</summary>
    public static WebApplication Build(IStudyStore store, string urls, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args ?? []);

        // Defaults below every other source (appsettings, environment, arguments override them): ASP.NET Core's own
        // information is not written (its line per request costs at hundreds of requests a second, and holds query
        // strings; AddTrialdexWeb keeps that line off even when the configuration turns the rest on).
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning" },
        });
        builder.WebHost.UseUrls(urls);
        builder.Services.AddTrialdexWeb(store);
        var app = builder.Build();
        app.UseTrialdexWeb();
        return app;
    }
}
