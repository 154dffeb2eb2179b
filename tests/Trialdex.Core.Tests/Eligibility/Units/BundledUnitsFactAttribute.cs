using Trialdex.Core.Eligibility.Units;

namespace Trialdex.Core.Tests.Eligibility.Units;

/// <summary>
/// A fact that needs the UCUM units the build bundles (<see cref="UnitVocabulary.Bundled"/>). Skipped with a
/// message in a build made with -p:TrialdexSkipUcum=true; under CI (CI=true) it runs regardless and fails.
/// </summary>
internal sealed class BundledUnitsFactAttribute : FactAttribute
{
    public BundledUnitsFactAttribute()
    {
        if (UnitVocabulary.Bundled is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = BundledUnits.MissingMessage;
        }
    }
}

/// <summary>The theory counterpart of <see cref="BundledUnitsFactAttribute"/>.</summary>
internal sealed class BundledUnitsTheoryAttribute : TheoryAttribute
{
    public BundledUnitsTheoryAttribute()
    {
        if (UnitVocabulary.Bundled is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = BundledUnits.MissingMessage;
        }
    }
}

internal static class BundledUnits
{
    public const string MissingMessage = "this build bundles no UCUM units (built with -p:TrialdexSkipUcum=true); this test needs them.";

    public static UnitVocabulary Value => UnitVocabulary.Bundled ?? throw new InvalidOperationException(MissingMessage);
}
