namespace Trialdex.Storage.Sqlite.Search;

/// <summary>A list of ints per study id in two flat arrays (offsets and values), for the many-valued facets of <see cref="FacetSnapshot"/>.</summary>
internal sealed class Lists
{
    private readonly int[] _offsets;
    private readonly int[] _values;

    private Lists(int[] offsets, int[] values) => (_offsets, _values) = (offsets, values);

    public long Bytes => 4L * (_offsets.Length + _values.Length);

    public ReadOnlySpan<int> Of(int id) => _values.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    public void SortEach(Comparison<int> comparison)
    {
        for (var id = 0; id < _offsets.Length - 1; id++)
        {
            var span = _values.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);
            if (span.Length > 1)
            {
                span.Sort(comparison);
            }
        }
    }

    /// <summary>Collects (id, value) pairs in any order; values of one id keep the order they were added in.</summary>
    public sealed class Builder(int size)
    {
        private readonly List<int> _ids = [];
        private readonly List<int> _values = [];

        public void Add(int id, int value)
        {
            _ids.Add(id);
            _values.Add(value);
        }

        public Lists Build()
        {
            var offsets = new int[size + 1];
            foreach (var id in _ids)
            {
                offsets[id + 1]++;
            }

            for (var i = 0; i < size; i++)
            {
                offsets[i + 1] += offsets[i];
            }

            var next = offsets[..^1];
            var values = new int[_values.Count];
            for (var i = 0; i < _ids.Count; i++)
            {
                values[next[_ids[i]]++] = _values[i];
            }

            return new Lists(offsets, values);
        }
    }
}
