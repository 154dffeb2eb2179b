using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;

namespace Trialdex.Web.Features.Meta;

/// <summary><c>/api/v2/version</c>, <c>/api/v2/stats/size</c> and <c>/api/v2/studies/enums</c>.</summary>
internal static class MetaApi
{
    public const string ApiVersion = "2.0.5";

    public static IEndpointRouteBuilder MapMetaApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v2").WithTags("Meta");
        group.MapGet("/version", async (IStudyStore store, CancellationToken ct) =>
        {
            var stats = await store.GetStatisticsAsync(ct);
            return TypedResults.Ok(new { apiVersion = ApiVersion, dataTimestamp = stats.LastImport?.FinishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) });
        });
        group.MapGet("/stats/size", async (IStudyStore store, CancellationToken ct) =>
            TypedResults.Ok(new { totalStudies = (await store.GetStatisticsAsync(ct)).Studies }));
        group.MapGet("/studies/enums", () => TypedResults.Ok(Enums()));
        return routes;
    }

    private static object[] Enums() =>
    [
        Enum<OverallStatus>("Status", "OverallStatus", "LastKnownStatus"),
        Enum<Phase>("Phase", "Phase"),
        Enum<StudyType>("StudyType", "StudyType"),
        Enum<Sex>("Sex", "Sex"),
        Enum<StandardAge>("StandardAge", "StdAge"),
        Enum<AgencyClass>("AgencyClass", "LeadSponsorClass", "CollaboratorClass"),
        Enum<InterventionType>("InterventionType", "InterventionType"),
        Enum<ArmGroupType>("ArmGroupType", "ArmGroupType"),
        Enum<DesignAllocation>("DesignAllocation", "DesignAllocation"),
        Enum<PrimaryPurpose>("PrimaryPurpose", "DesignPrimaryPurpose"),
        Enum<DesignMasking>("DesignMasking", "DesignMasking"),
    ];

    private static object Enum<T>(string type, params string[] pieces) where T : struct, System.Enum => new
    {
        type,
        pieces,
        values = System.Enum.GetValues<T>().Select(v => new { value = EnumText.ApiValue(v), legacyValue = EnumText.Display(v) }),
    };
}
