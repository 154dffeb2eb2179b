using System.Globalization;
using Trialdex.Core.Store;

namespace Trialdex.Web.Features.Home;

/// <summary>The home page's line "N trials, M recruiting — data as of DATE", from the store's statistics.</summary>
public sealed record HomeSummary(long Trials, long Recruiting, DateTimeOffset? DataAsOf)
{
    internal static HomeSummary From(StoreStatistics statistics) =>
        new(statistics.Studies, statistics.ByStatus.GetValueOrDefault("RECRUITING"), statistics.LastImport?.FinishedAt);

    public string Line =>
        string.Create(CultureInfo.InvariantCulture, $"{Trials:N0} {(Trials == 1 ? "trial" : "trials")}, {Recruiting:N0} recruiting")
        + (DataAsOf is { } date ? " — data as of " + date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) : "");
}
