namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// A criterion's value(s) in a canonical unit, so that thresholds written in different units compare: 1,500/mm³
/// and 1.5 ×10⁹/L are both 1.5 in "10*9/L"; creatinine 1.5 mg/dL is 132.6 in "umol/L"; 6 months is 182.625 in "d".
/// </summary>
/// <param name="Values">The values, in the order written, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The canonical UCUM code ("10*9/L", "umol/L", "g/L", "%", "d"), or "ULN" for multiples of the upper limit of normal.</param>
/// <param name="Kind">What the unit measures.</param>
public sealed record NormalizedQuantity(IReadOnlyList<double> Values, string Unit, UnitKind Kind)
{
    /// <summary>The values and unit, as in "1.5 10*9/L" or "9..18 {score}".</summary>
    public override string ToString() =>
        string.Join("..", Values.Select(v => v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture))) + " " + Unit;
}
