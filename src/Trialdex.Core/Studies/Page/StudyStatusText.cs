namespace Trialdex.Core.Studies.Page;

/// <summary>The recruitment status as text ("Recruiting", "Unknown status") and as the value renderers colour by.</summary>
/// <param name="Text">The status as text.</param>
/// <param name="Value">The status, for colour coding.</param>
/// <param name="LastKnown">For an unknown status, the last status the sponsor reported, as text.</param>
public sealed record StudyStatusText(string Text, OverallStatus Value, string? LastKnown)
{
    internal static StudyStatusText? From(StatusModule? status) =>
        status?.OverallStatus is { } value
            ? new(EnumText.Display(value), value, status.LastKnownStatus is { } last ? EnumText.Display(last) : null)
            : null;
}
