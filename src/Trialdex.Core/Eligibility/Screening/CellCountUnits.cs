namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// The spellings of blood cell count units and their size in 10⁹/L, so that "40 x10^9/L" compares with
/// "&lt;50×10⁹/L" or "&lt;50,000/mm³" without a UCUM vocabulary: 10⁹/L = 10³/µL = 1000/mm³. A fallback; with a
/// vocabulary the screener converts through UCUM.
/// </summary>
internal static class CellCountUnits
{
    /// <summary>The size of <paramref name="unit"/> in 10⁹/L, or null when it is no cell count unit known here.</summary>
    public static double? InBillionsPerLitre(string? unit)
    {
        if (unit is null)
        {
            return null;
        }

        var u = new string([.. unit.Where(c => !char.IsWhiteSpace(c))]).ToLowerInvariant()
            .Replace('×', 'x').Replace('⁹', '9').Replace('³', '3').Replace('µ', 'u').Replace('μ', 'u')
            .Replace("^", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal).Replace("cells", "", StringComparison.Ordinal);
        u = u.TrimStart('x');
        return u switch
        {
            "109/l" or "g/l" or "103/ul" or "103/mm3" or "k/ul" or "k/mm3" or "thou/ul" => 1,
            "1012/l" => 1000,
            "106/ml" => 1,
            "/ul" or "/mm3" or "ul" or "mm3" => 0.001,
            "/l" => 1e-9,
            _ => null,
        };
    }
}
