namespace Trialdex.Core.Eligibility.Units;

/// <summary>A UCUM expression reduced to its size in base units and its dimension.</summary>
/// <param name="Magnitude">The size in the definitions file's base units.</param>
/// <param name="Dimension">The exponents of the base quantities and of the mole.</param>
/// <param name="IsArbitrary">True when an arbitrary unit ("[IU]") takes part: such terms convert only to themselves.</param>
/// <param name="IsSpecial">True when a special unit ("Cel") takes part: such terms convert by no factor.</param>
internal sealed record UcumTerm(double Magnitude, UnitDimension Dimension, bool IsArbitrary, bool IsSpecial)
{
    public static UcumTerm One { get; } = new(1, UnitDimension.None, false, false);

    public UcumTerm Times(UcumTerm other, int sign) => new(
        sign > 0 ? Magnitude * other.Magnitude : Magnitude / other.Magnitude,
        Dimension.Times(other.Dimension, sign),
        IsArbitrary || other.IsArbitrary,
        IsSpecial || other.IsSpecial);

    public UcumTerm Power(int exponent) =>
        exponent == 1 ? this : new(Math.Pow(Magnitude, exponent), Dimension.Power(exponent), IsArbitrary, IsSpecial);
}
