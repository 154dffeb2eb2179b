namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// The exponents of a unit's base quantities, in the order of the UCUM definitions file (length, time, mass, plane
/// angle, temperature, charge, luminous intensity), and of the mole, which that file keeps apart because it counts
/// the mole as a plain number. Two units convert into each other only when all eight agree.
/// </summary>
internal readonly record struct UnitDimension(
    int Length, int Time, int Mass, int Angle, int Temperature, int Charge, int Luminosity, int Amount)
{
    public static UnitDimension None => default;

    public static UnitDimension From(IReadOnlyList<int> vector, int amount) =>
        vector.Count == 7
            ? new(vector[0], vector[1], vector[2], vector[3], vector[4], vector[5], vector[6], amount)
            : new(0, 0, 0, 0, 0, 0, 0, amount);

    public UnitDimension Times(UnitDimension other, int sign = 1) => new(
        Length + (sign * other.Length),
        Time + (sign * other.Time),
        Mass + (sign * other.Mass),
        Angle + (sign * other.Angle),
        Temperature + (sign * other.Temperature),
        Charge + (sign * other.Charge),
        Luminosity + (sign * other.Luminosity),
        Amount + (sign * other.Amount));

    public UnitDimension Power(int exponent) => new(
        Length * exponent,
        Time * exponent,
        Mass * exponent,
        Angle * exponent,
        Temperature * exponent,
        Charge * exponent,
        Luminosity * exponent,
        Amount * exponent);
}
