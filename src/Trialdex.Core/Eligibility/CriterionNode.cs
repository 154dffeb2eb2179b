namespace Trialdex.Core.Eligibility;

/// <summary>A criterion while the tree is being built: the pieces of its text so far and its children.</summary>
internal sealed class CriterionNode(int indent, ListMarker? marker, bool isGroup = false)
{
    /// <summary>Column of the marker, or of the text for an unmarked paragraph; below every column for a group.</summary>
    public int Indent { get; } = isGroup ? int.MinValue / 2 : indent;

    public ListMarker? Marker { get; } = marker;

    /// <summary>A qualified heading ("Inclusion criteria for donors:") holding everything up to the next heading.</summary>
    public bool IsGroup { get; } = isGroup;

    /// <summary>Ranges of the original text making up the criterion's own text, in order.</summary>
    public List<(int Start, int End)> Pieces { get; } = [];

    public List<CriterionNode> Children { get; } = [];

    public bool HasMarkedChildren { get; private set; }

    public bool IsEmpty => Pieces.Count == 0;

    public MarkerStyle? Style => Marker?.Style;

    public void AddChild(CriterionNode child)
    {
        Children.Add(child);
        HasMarkedChildren |= child.Marker is not null;
    }

    public void Append(int start, int end)
    {
        if (end > start)
        {
            Pieces.Add((start, end));
        }
    }

    /// <summary>See <see cref="TextShape.LeadInRank"/>; judged on the last piece, where a lead-in's colon is.</summary>
    public int LeadInRank(string text, bool allowTitle) =>
        IsEmpty ? 0 : TextShape.LeadInRank(text, Pieces[^1].Start, Pieces[^1].End, allowTitle && Pieces.Count == 1);

    public bool IsAllCaps(string text) => !IsEmpty && TextShape.IsAllCaps(text, Pieces[0].Start, Pieces[^1].End);

    /// <summary>Adds the finished item to <paramref name="siblings"/>; an item left without text (a marker alone on
    /// its line) adds its children in its place.</summary>
    public void AddTo(string text, CriterionKind kind, List<CriterionItem> siblings)
    {
        var children = new List<CriterionItem>();
        foreach (var child in Children)
        {
            child.AddTo(text, kind, children);
        }

        var (clean, span) = CriterionText.Build(text, Pieces);
        if (clean.Length == 0)
        {
            siblings.AddRange(children);
            return;
        }

        siblings.Add(new CriterionItem(kind, clean, span, children, Marker?.Text));
    }
}
