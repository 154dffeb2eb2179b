namespace Trialdex.Core.Eligibility;

/// <summary>Continuation lines and inline markers.</summary>
internal sealed partial class CriteriaTreeBuilder
{
    private const int MaxInlineTitle = 80;

    /// <summary>
    /// Adds the text of [<paramref name="start"/>, <paramref name="end"/>) to the open criterion or as new criteria,
    /// cutting it wherever an inline marker continues an open list.
    /// </summary>
    private void AddText(int start, int end, SourceLine line, int indent, bool continues)
    {
        if (start >= end)
        {
            return;
        }

        List<ListMarker>? candidates = null;
        var next = 0;
        var marker = Resolve(MarkerParser.Parse(text, start, end));
        while (true)
        {
            CriterionNode node;
            var textStart = start;
            candidates ??= InlineMarkers.Find(text, start, end);
            if (continues)
            {
                node = _path[^1];
            }
            else
            {
                textStart = marker?.TextStart ?? start;
                node = new CriterionNode(indent, marker);
                var firstCandidate = candidates.Find(c => c.Start > textStart);
                Place(node, textStart, firstCandidate.Text is null ? end : TextShape.TrimEnd(text, textStart, firstCandidate.Start));
            }

            var split = NextSplit(candidates, ref next, textStart, end, line.Indent);
            node.Append(textStart, split is { } cut ? TextShape.TrimEnd(text, textStart, cut.Marker.Start) : end);
            _continuable = true;
            _blankBefore = false;
            if (split is not { } found)
            {
                return;
            }

            (start, indent, marker, continues) = (found.Marker.Start, found.Indent, found.Marker, false);
        }
    }

    /// <summary>Whether a line continues the open criterion rather than starting a new one.</summary>
    private bool Continues(int start, ListMarker? marker, SourceLine line)
    {
        if (_path.Count == 0 || _path[^1].IsGroup)
        {
            return false;
        }

        var current = _path[^1];
        if (current.IsEmpty)
        {
            return marker is null;
        }

        if (_blankBefore || !_continuable)
        {
            return false;
        }

        var broke = wrap.Broke(_previousLine, WrapProfile.FirstWordLength(text, line));
        if (marker is { } m)
        {
            return broke && (!m.Style.IsOrdered || (m.Ordinal != 1 && !FollowsOpenList(m)));
        }

        var previousEnd = text[_previousLine.ContentEnd - 1];
        return broke
            || (char.IsLower(text[start]) && previousEnd is not (':' or ';' or '：'))
            || (current.Marker is not null && line.Indent > current.Indent + Tolerance && current.LeadInRank(text, allowTitle: true) == 0);
    }

    private (ListMarker Marker, int Indent)? NextSplit(List<ListMarker> candidates, ref int next, int after, int end, int lineIndent)
    {
        for (; next < candidates.Count; next++)
        {
            if (candidates[next].Start > after && Accept(candidates, next, end, lineIndent) is { } accepted)
            {
                next++;
                return accepted;
            }
        }

        return null;
    }

    /// <summary>
    /// An inline marker starts a new item when it is the next item of an open list, a bullet of a kind already used
    /// as a bullet, a numbered short title ending the line ("… vaginitis 2. Uterine Abnormalities"), or the first of
    /// a run after a clause ("…English; 3. Participants must …; 4. Participants …").
    /// </summary>
    private (ListMarker Marker, int Indent)? Accept(List<ListMarker> candidates, int index, int end, int lineIndent)
    {
        var candidate = candidates[index];
        for (var k = _path.Count - 1; k >= 0; k--)
        {
            if (_path[k].Marker is not { } open)
            {
                continue;
            }

            if (candidate.Follows(open.Style, open.Ordinal) || (!candidate.Style.IsOrdered && candidate.Style == open.Style))
            {
                return (candidate, _path[k].Indent);
            }

            if (candidate.AlphaOrdinal > 0 && candidate.AsAlpha().Follows(open.Style, open.Ordinal))
            {
                return (candidate.AsAlpha(), _path[k].Indent);
            }
        }

        var accepted = candidate.Style.IsOrdered
            ? (end - candidate.TextStart <= MaxInlineTitle && TextShape.IsShortTitle(text, candidate.TextStart, end))
                || (index + 1 < candidates.Count && candidates[index + 1].Follows(candidate.Style, candidate.Ordinal) && AfterClause(candidate.Start))
            : _bulletsSeen.Contains(candidate.Style.Bullet);
        return accepted ? (candidate, lineIndent) : null;
    }

    private bool AfterClause(int position)
    {
        var before = TextShape.TrimEnd(text, 0, position);
        return before > 0 && text[before - 1] is ';' or '.' or ':' or '；';
    }

    /// <summary>Reads "i." as the letter after "h." when a lettered list is open, else as a Roman numeral.</summary>
    private ListMarker? Resolve(ListMarker? marker)
    {
        if (marker is not { AlphaOrdinal: > 0 } ambiguous)
        {
            return marker;
        }

        var alpha = ambiguous.AsAlpha();
        return FollowsOpenList(alpha) ? alpha : ambiguous;
    }

    private bool FollowsOpenList(ListMarker marker) =>
        _path.Exists(n => n.Marker is { } open && marker.Follows(open.Style, open.Ordinal));
}
