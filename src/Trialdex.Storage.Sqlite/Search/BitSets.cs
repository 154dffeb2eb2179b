namespace Trialdex.Storage.Sqlite.Search;

/// <summary>Sets of study ids held as bits by id (bit <c>id &amp; 63</c> of word <c>id &gt;&gt; 6</c>).</summary>
internal static class BitSets
{
    /// <summary>The ids both sets hold, as a new set; either alone when the other is null (no condition).</summary>
    public static ulong[]? Both(ulong[]? first, ulong[]? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        var both = new ulong[Math.Min(first.Length, second.Length)];
        for (var w = 0; w < both.Length; w++)
        {
            both[w] = first[w] & second[w];
        }

        return both;
    }

    /// <summary>How many ids the set holds.</summary>
    public static int Count(ReadOnlySpan<ulong> bits)
    {
        var count = 0;
        foreach (var word in bits)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }

        return count;
    }
}
