namespace Trialdex.Core.Eligibility;

/// <summary>
/// Reads criteria text line by line into sections and a tree of items. Each line is cut at run-in headings, then
/// each piece is a heading, the continuation of the open criterion, or a new criterion placed by
/// <see cref="CriteriaTreeBuilder.Place"/>; a new criterion may be cut again at an inline marker that continues an
/// open list.
/// </summary>
internal sealed partial class CriteriaTreeBuilder(string text, WrapProfile wrap)
{
    private const int Tolerance = 1;
    private const int MaxDepth = 16;

    private readonly List<CriterionNode>[] _sections = [[], [], [], []];
    private readonly List<CriterionNode> _path = [];
    private readonly HashSet<char> _bulletsSeen = [];
    private Section _section = Section.Preamble;
    private bool _sawInclusion;
    private bool _sawExclusion;
    private bool _blankBefore;
    private bool _continuable;
    private SourceLine _previousLine;

    private enum Section
    {
        Preamble,
        Inclusion,
        Exclusion,
        Trailing,
    }

    public void AddLine(SourceLine line)
    {
        if (line.IsBlank)
        {
            _blankBefore = true;
            return;
        }

        var segmentStart = line.ContentStart;
        foreach (var split in MidLineHeadings.Find(text, line.ContentStart, line.ContentEnd) ?? [])
        {
            AddSegment(segmentStart, TextShape.TrimEnd(text, segmentStart, split), line);
            segmentStart = split;
        }

        AddSegment(segmentStart, line.ContentEnd, line);
        _previousLine = line;
        _blankBefore = false;
    }

    /// <summary>Items before the first heading are inclusion criteria when the text has only an exclusion heading.</summary>
    public SegmentedCriteria Build()
    {
        var preambleIsInclusion = _sawExclusion && !_sawInclusion;
        return new SegmentedCriteria(
            Items(CriterionKind.Inclusion, preambleIsInclusion ? [Section.Preamble, Section.Inclusion] : [Section.Inclusion]),
            Items(CriterionKind.Exclusion, [Section.Exclusion]),
            Items(CriterionKind.Unclassified, preambleIsInclusion ? [Section.Trailing] : [Section.Preamble, Section.Trailing]));
    }

    private List<CriterionItem> Items(CriterionKind kind, Section[] sections)
    {
        var items = new List<CriterionItem>();
        foreach (var section in sections)
        {
            foreach (var node in _sections[(int)section])
            {
                node.AddTo(text, kind, items);
            }
        }

        return items;
    }

    private void AddSegment(int start, int end, SourceLine line)
    {
        if (start >= end)
        {
            return;
        }

        var firstInLine = start == line.ContentStart;
        var marker = MarkerParser.Parse(text, start, end);
        if (firstInLine && char.IsLower(text[start]) && Continues(start, marker, line))
        {
            AddText(start, end, line, line.Indent, continues: true);
            return;
        }

        if (SectionHeading.Match(text, marker?.TextStart ?? start, end) is { } heading && (marker is null || IsWholeLine(heading, end)))
        {
            Apply(heading);
            AddText(heading.RemainderStart, end, line, line.Indent, continues: false);
            return;
        }

        AddText(start, end, line, line.Indent, continues: firstInLine && Continues(start, marker, line));
    }

    /// <summary>A bulleted line ("-  Inclusion Criteria:") is a heading only when it holds nothing else.</summary>
    private static bool IsWholeLine(SectionHeading heading, int end) => !heading.IsQualified && heading.RemainderStart >= end;

    private void Apply(SectionHeading heading)
    {
        _continuable = false;
        var target = heading.Kind switch
        {
            HeadingKind.Inclusion => Section.Inclusion,
            HeadingKind.Exclusion => Section.Exclusion,
            _ => _sawInclusion || _sawExclusion ? Section.Trailing : Section.Preamble,
        };
        if (heading.IsSentence && target == _section)
        {
            CloseAllButOpenLabels();
            return;
        }

        _sawInclusion |= target == Section.Inclusion;
        _sawExclusion |= target == Section.Exclusion;
        _section = target;
        _path.Clear();
        if (heading.IsQualified)
        {
            var group = new CriterionNode(0, null, isGroup: true);
            group.Append(heading.Start, heading.GroupEnd);
            _sections[(int)_section].Add(group);
            _path.Add(group);
        }
    }

    /// <summary>
    /// A lead-in sentence inside its own section ("Patients with the following are excluded:") ends the open lists,
    /// but a label written just before it ("Co-existing Condition:") stays open to take the items that follow.
    /// </summary>
    private void CloseAllButOpenLabels()
    {
        while (_path.Count > 0 && (_path[^1].Children.Count > 0 || _path[^1].Marker is not null || _path[^1].LeadInRank(text, allowTitle: true) == 0))
        {
            if (_path[^1].IsGroup)
            {
                return;
            }

            _path.RemoveAt(_path.Count - 1);
        }
    }
}
