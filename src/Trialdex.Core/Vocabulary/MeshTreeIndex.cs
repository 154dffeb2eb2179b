namespace Trialdex.Core.Vocabulary;

/// <summary>
/// The tree numbers of a vocabulary in ordinal order, so that every number below "C06.552" is one contiguous run
/// starting at "C06.552." and a parent is the number cut at its last dot.
/// </summary>
internal sealed class MeshTreeIndex
{
    private readonly string[] _numbers;
    private readonly int[] _owners;

    public MeshTreeIndex(IReadOnlyList<MeshDescriptor> descriptors)
    {
        var entries = descriptors
            .SelectMany((descriptor, index) => descriptor.TreeNumbers.Select(number => (Number: number, Owner: index)))
            .OrderBy(entry => entry.Number, StringComparer.Ordinal)
            .ThenBy(entry => entry.Owner)
            .ToArray();
        _numbers = [.. entries.Select(entry => entry.Number)];
        _owners = [.. entries.Select(entry => entry.Owner)];
    }

    /// <summary>The descriptors (by index) at exactly this tree number.</summary>
    public IEnumerable<int> At(string number) => Run(number, exact: true);

    /// <summary>The descriptors (by index) anywhere below this tree number, in tree order.</summary>
    public IEnumerable<int> Below(string number) => Run(number + ".", exact: false);

    /// <summary>The tree numbers above this one, nearest first: "C06.552.630" → "C06.552", "C06".</summary>
    public static IEnumerable<string> Above(string number)
    {
        for (var dot = number.LastIndexOf('.'); dot > 0; dot = number.LastIndexOf('.', dot - 1))
        {
            yield return number[..dot];
        }
    }

    private IEnumerable<int> Run(string value, bool exact)
    {
        for (var i = LowerBound(value); i < _numbers.Length; i++)
        {
            var matches = exact
                ? string.Equals(_numbers[i], value, StringComparison.Ordinal)
                : _numbers[i].StartsWith(value, StringComparison.Ordinal);
            if (!matches)
            {
                yield break;
            }

            yield return _owners[i];
        }
    }

    // The first index whose number is not ordinally less than value.
    private int LowerBound(string value)
    {
        int low = 0, high = _numbers.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_numbers[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
