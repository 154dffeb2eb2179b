namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Which TAB-separated columns of a tree file hold the tree number, the heading and, when there is one, the
/// descriptor id. Without a header the tree number comes first and the heading second; a header may name them
/// in another order ("DescriptorUI	TreeNumber	DescriptorName").
/// </summary>
internal sealed record MeshTreeColumns(int TreeNumber, int Heading, int? Id)
{
    public static MeshTreeColumns Default { get; } = new(0, 1, null);

    /// <summary>The number of fields a line needs.</summary>
    public int Width => Math.Max(Math.Max(TreeNumber, Heading), Id ?? 0) + 1;

    /// <summary>The columns a header line names, or null when it does not name both a tree number and a heading.</summary>
    public static MeshTreeColumns? FromHeader(string[] fields)
    {
        int? tree = null, heading = null, id = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var name = fields[i].Trim().ToLowerInvariant();
            if (name.Contains("tree", StringComparison.Ordinal))
            {
                tree ??= i;
            }
            else if (name is "id" or "ui" || name.EndsWith("_id", StringComparison.Ordinal) || name.EndsWith("ui", StringComparison.Ordinal))
            {
                id ??= i;
            }
            else if (name.Contains("name", StringComparison.Ordinal) || name.Contains("heading", StringComparison.Ordinal) || name.Contains("term", StringComparison.Ordinal))
            {
                heading ??= i;
            }
        }

        return tree is { } t && heading is { } h ? new MeshTreeColumns(t, h, id) : null;
    }
}
