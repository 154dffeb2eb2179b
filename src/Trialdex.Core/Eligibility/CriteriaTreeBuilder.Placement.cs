namespace Trialdex.Core.Eligibility;

/// <summary>Where a new criterion goes: sibling of an open item, child of one, or a new top-level criterion.</summary>
internal sealed partial class CriteriaTreeBuilder
{
    /// <summary>
    /// Places <paramref name="node"/> under the open path. A marked item joins the open list with its style at its
    /// indentation (or the list it numbers on from), else nests under a deeper-indented-than item or a lead-in
    /// ("… one of the following:", a label such as "Demographics"). An unmarked paragraph nests under a marked
    /// lead-in it directly follows, or under an unmarked label of higher rank: one ending in a colon ("Age:"), or in
    /// capitals ("PATIENT CHARACTERISTICS"), or any such label that has no children yet ("Concurrent Medication:"
    /// then "Allowed:"); a Title Case line alone ("Malignancies") adopts only marked items.
    /// </summary>
    private void Place(CriterionNode node, int textStart, int end)
    {
        var parent = Math.Min(node.Marker is { } marker ? MarkedParent(node, marker) : PlainParent(node, textStart, end), MaxDepth - 2);
        if (parent < 0)
        {
            _sections[(int)_section].Add(node);
            _path.Clear();
        }
        else
        {
            _path[parent].AddChild(node);
            _path.RemoveRange(parent + 1, _path.Count - parent - 1);
        }

        _path.Add(node);
        if (node.Marker is { Style.IsOrdered: false } bullet)
        {
            _bulletsSeen.Add(bullet.Style.Bullet);
        }
    }

    /// <summary>Index in the path of the new item's parent, or -1 for the section's top level.</summary>
    private int MarkedParent(CriterionNode node, ListMarker marker)
    {
        for (var k = _path.Count - 1; k >= 0; k--)
        {
            if (_path[k].Style == marker.Style && Math.Abs(_path[k].Indent - node.Indent) <= Tolerance)
            {
                return k - 1;
            }
        }

        for (var k = _path.Count - 1; k >= 0; k--)
        {
            if (_path[k].Marker is { } open && marker.Follows(open.Style, open.Ordinal) && node.Indent <= _path[k].Indent + Tolerance)
            {
                return k - 1;
            }
        }

        for (var k = _path.Count - 1; k >= 0; k--)
        {
            var open = _path[k];
            if (open.IsGroup || node.Indent > open.Indent + Tolerance)
            {
                return k;
            }

            if (node.Indent >= open.Indent - Tolerance && open.Style != marker.Style && open.LeadInRank(text, allowTitle: true) > 0)
            {
                return k;
            }
        }

        return -1;
    }

    private int PlainParent(CriterionNode node, int textStart, int end)
    {
        var rank = -1;
        for (var k = _path.Count - 1; k >= 0; k--)
        {
            var open = _path[k];
            if (open.IsGroup || node.Indent > open.Indent + Tolerance)
            {
                return k;
            }

            if (node.Indent < open.Indent - Tolerance)
            {
                continue;
            }

            if (open.Marker is not null)
            {
                if (!_blankBefore && !open.HasMarkedChildren && open.LeadInRank(text, allowTitle: true) > 0)
                {
                    return k;
                }

                continue;
            }

            var openRank = open.LeadInRank(text, allowTitle: open.IsAllCaps(text));
            rank = rank < 0 ? TextShape.LeadInRank(text, textStart, end, allowTitle: true) : rank;
            if ((rank < openRank && (!open.HasMarkedChildren || openRank >= 2)) || (openRank > 0 && open.Children.Count == 0))
            {
                return k;
            }
        }

        return -1;
    }
}
