using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>Building a <see cref="TextIndex"/>: tokenizing each study on the reading threads, adding to the postings in order.</summary>
internal sealed partial class TextIndex
{
    /// <summary>Indexes each study's text under its id (the study_fts rowid); <paramref name="studies"/> come in ascending id order.</summary>
    public static TextIndex Build(IEnumerable<(int Id, StudyText Text)> studies) => Build(studies, s => s, 1);

    /// <summary>
    /// Indexes the studies <paramref name="read"/> makes of <paramref name="sources"/> (in ascending id order), reading
    /// and tokenizing on <paramref name="threads"/> threads while one thread adds to the postings in order.
    /// </summary>
    public static TextIndex Build<T>(IEnumerable<T> sources, Func<T, (int Id, StudyText Text)> read, int threads)
    {
        // Terms are looked up on the reading threads; the one adding thread only appends to postings.
        var terms = new System.Collections.Concurrent.ConcurrentDictionary<string, TermColumns>(StringComparer.Ordinal);
        var lengths = new List<int>();
        var (documents, tokens, previous) = (0, 0L, -1);
        using var scratch = new ThreadLocal<Scratch>(() => new Scratch());
        var tokenized = threads <= 1
            ? sources.Select(s => Tokenize(read(s), terms, scratch.Value!))
            : sources.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(s => Tokenize(read(s), terms, scratch.Value!));
        var positions = new List<int>();
        foreach (var (id, length, occurrences) in tokenized)
        {
            if (id <= previous)
            {
                throw new ArgumentException($"study ids must ascend: {id} after {previous}", nameof(sources));
            }

            previous = id;
            for (var i = 0; i < occurrences.Length;)
            {
                var (term, column, _) = occurrences[i];
                positions.Clear();
                var end = i;
                while (end < occurrences.Length && occurrences[end].Column == column && occurrences[end].Term == term)
                {
                    positions.Add(occurrences[end].Position);
                    end++;
                }

                term.In(column).Add(id, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(positions));
                i = end;
            }

            while (lengths.Count <= id)
            {
                lengths.Add(0);
            }

            lengths[id] = length;
            documents++;
            tokens += length;
        }

        var packed = new Dictionary<string, TermPostings[]>(terms.Count, StringComparer.Ordinal);
        foreach (var (term, columns) in terms)
        {
            packed[term] = columns.Packed();
        }

        return new TextIndex(packed, [.. lengths], documents, tokens);
    }

    /// <summary>
    /// A study's tokens as (term, column, position), grouped by term in order of first appearance, each term's in
    /// column then position order (a stable counting sort of the tokens in text order), and its length in tokens.
    /// </summary>
    private static (int Id, int Length, (TermColumns Term, int Column, int Position)[] Occurrences) Tokenize(
        (int Id, StudyText Text) study, System.Collections.Concurrent.ConcurrentDictionary<string, TermColumns> terms, Scratch scratch)
    {
        var (first, order, tokens) = (scratch.FirstSeen, scratch.Order, scratch.Tokens);
        first.Clear();
        order.Clear();
        for (var column = 0; column < study.Text.Values.Count; column++)
        {
            tokens.Clear();
            scratch.Tokenizer.Tokenize(study.Text.Values[column], tokens);
            for (var position = 0; position < tokens.Count; position++)
            {
                if (!first.TryGetValue(tokens[position], out var index))
                {
                    first[tokens[position]] = index = first.Count;
                }

                order.Add((index, column, position));
            }
        }

        var starts = new int[first.Count + 1];
        foreach (var (index, _, _) in order)
        {
            starts[index + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var entries = new TermColumns[first.Count];
        foreach (var (term, index) in first)
        {
            entries[index] = terms.GetOrAdd(term, static _ => new TermColumns());
        }

        var occurrences = new (TermColumns Term, int Column, int Position)[order.Count];
        foreach (var (index, column, position) in order)
        {
            occurrences[starts[index]++] = (entries[index], column, position);
        }

        return (study.Id, order.Count, occurrences);
    }

    /// <summary>One term's postings by column while the index is being built (only the adding thread touches them).</summary>
    private sealed class TermColumns
    {
        private readonly List<TermPostings> _columns = new(1);

        public TermPostings In(int column)
        {
            foreach (var postings in _columns)
            {
                if (postings.Column == column)
                {
                    return postings;
                }
            }

            var added = new TermPostings(column);
            _columns.Add(added);
            return added;
        }

        public TermPostings[] Packed()
        {
            _columns.ForEach(p => p.Trim());
            return [.. _columns.OrderBy(p => p.Column)];
        }
    }

    /// <summary>One thread's reusable tokenizing state.</summary>
    private sealed class Scratch
    {
        public FtsTokenizer Tokenizer { get; } = new();

        public Dictionary<string, int> FirstSeen { get; } = new(StringComparer.Ordinal);

        public List<(int Index, int Column, int Position)> Order { get; } = [];

        public List<string> Tokens { get; } = [];
    }
}
