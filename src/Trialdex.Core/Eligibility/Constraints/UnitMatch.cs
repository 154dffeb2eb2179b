using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>What kind of unit follows a value, as far as the extractor needs to know.</summary>
internal enum UnitClass
{
    Time,
    Percent,
    UpperLimit,
    CellCount,
    Dose,
    Other,
    PerTime,
    Gestation,
}

/// <summary>
/// A unit found after a value: its tokens (<see cref="EndToken"/> may take in a following "old"), the characters of
/// the unit itself, and its class; <see cref="Time"/> for time units.
/// </summary>
internal sealed record UnitMatch(UnitClass Class, int FirstToken, int EndToken, int Start, int End, TimeUnit? Time = null);
