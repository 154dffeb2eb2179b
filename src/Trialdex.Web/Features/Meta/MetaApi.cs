using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;

namespace Trialdex.Web.Features.Meta;

/// <summary><c>/api/v2/version</c>, <c>/api/v2/stats/size</c>, <c>/api/v2/stats/field/values</c> and <c>/api/v2/studies/enums</c>.</summary>
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
        group.MapGet("/stats/field/values", FieldValuesAsync);
        return routes;
    }

    /// <summary>Value statistics of the indexed leaf fields, all or those named by <c>fields=</c> (pieces or paths) and <c>types=</c>.</summary>
    private static async Task<Results<Ok<List<object>>, ProblemHttpResult>> FieldValuesAsync(string? fields, string? types, IStudyStore store, CancellationToken ct)
    {
        var pieces = new List<FieldValuePiece>();
        foreach (var name in Split(fields))
        {
            if (FieldValuePieces.Find(name) is not { } piece)
            {
                return Problem("fields", $"no value statistics are kept for '{name}'; fields with statistics: {string.Join(", ", FieldValuePieces.All.Select(p => p.Piece))}");
            }

            pieces.Add(piece);
        }

        var wanted = new HashSet<FieldValueType>();
        foreach (var name in Split(types))
        {
            if (!System.Enum.TryParse<FieldValueType>(name, ignoreCase: true, out var type) || !System.Enum.IsDefined(type))
            {
                return Problem("types", $"'{name}' is not a field type with value statistics; expected ENUM, STRING or BOOLEAN");
            }

            wanted.Add(type);
        }

        var results = new List<object>();
        foreach (var piece in (pieces.Count > 0 ? pieces : FieldValuePieces.All).Where(p => wanted.Count == 0 || wanted.Contains(p.Type)).Distinct())
        {
            results.Add(Shape(await store.GetFieldValuesAsync(piece, ct)));
        }

        return TypedResults.Ok(results);
    }

    private static object Shape(FieldValueStats stats)
    {
        var type = stats.Piece.Type.ToString().ToUpperInvariant();
        return stats.Piece.Type == FieldValueType.Boolean
            ? new { field = stats.Piece.Field, piece = stats.Piece.Piece, type, missingStudiesCount = stats.MissingStudiesCount, trueCount = stats.TrueCount, falseCount = stats.FalseCount }
            : new
            {
                field = stats.Piece.Field,
                piece = stats.Piece.Piece,
                type,
                missingStudiesCount = stats.MissingStudiesCount,
                uniqueValuesCount = stats.UniqueValuesCount,
                topValues = stats.TopValues.Select(v => new { value = v.Value, studiesCount = v.Count }),
            } as object;
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static ProblemHttpResult Problem(string parameter, string message) =>
        TypedResults.Problem(title: "Invalid parameters", detail: $"{parameter}: {message}", statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

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
