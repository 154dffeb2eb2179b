namespace Trialdex.Storage.Sqlite.Search;

/// <summary>The store's facet snapshots: a <see cref="StoreSnapshots{T}"/> of <see cref="FacetSnapshot"/>.</summary>
internal static class FacetSnapshots
{
    public static StoreSnapshots<FacetSnapshot> Open(string path) => new(path, FacetSnapshot.Build, s => s.Bytes);
}
