namespace Trialdex.Core.Studies;

/// <summary>The unit of a <see cref="NormalizedTime"/>, as the registry spells it in singular ("Year") and plural ("Years").</summary>
public enum TimeUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}
