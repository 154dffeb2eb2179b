namespace Trialdex.Core.Eligibility.Constraints;

/// <summary>The unit atoms criteria write after values, each with its class ("mg" a dose, "mm3" another unit).</summary>
internal static class UnitWords
{
    public static PhraseTable<UnitClass> Atoms { get; } = new(Build());

    /// <summary>Volumes that make a count per volume ("/mm³", "×10⁹/L").</summary>
    public static PhraseTable<bool> Volumes { get; } = new(
        new[] { "L", "l", "µL", "μL", "uL", "ul", "mcL", "mm3", "mm ³", "mm^3", "mm", "cmm", "litre", "liter", "ml", "mL", "㎕", "dL", "dl" }
            .Select(v => (v, true)));

    private static IEnumerable<(string, UnitClass)> Build()
    {
        string[] dose = ["mg", "g", "kg", "mcg", "µg", "μg", "ug", "ng", "pg", "gm", "gram", "grams", "milligram", "milligrams",
            "microgram", "micrograms", "kilogram", "kilograms", "kilo", "kilos", "lb", "lbs", "pound", "pounds", "iu", "IU", "miu",
            "mIU", "µiu", "uiu", "units", "international units", "mmol", "µmol", "μmol", "umol", "nmol", "pmol", "mol", "meq",
            "mEq", "mosm", "U", "mU", "µU", "uU", "kcal", "cal", "mikrog"];
        string[] other = ["ml", "mL", "dl", "dL", "l", "L", "µl", "µL", "μL", "ul", "uL", "mcl", "mcL", "cc", "litre", "liter", "litres",
            "liters", "mm", "cm", "m", "km", "µm", "μm", "um", "micron", "microns", "nm", "inch", "inches", "ft", "feet", "m2", "m ²",
            "mm2", "mm ²", "mm3", "mm ³", "cm2", "cm ²", "cm3", "cm ³", "mmhg", "mm hg", "mm of hg", "cmh2o", "cm h2o", "kpa", "pa", "atm",
            "bpm", "beats", "ms", "msec", "sec", "secs", "second", "seconds", "s", "cells", "copies", "points", "point", "pts",
            "cgy", "gy", "msv", "ppm", "db", "dba", "db hl", "° c", "° f", "°", "degrees", "degree", "degrees c", "pack-years",
            "pack years", "pack-year", "pack year", "packyears", "diopters", "letters", "decibel", "decibels", "microL", "fl", "fL", "gr", "EU"];
        return dose.Select(d => (d, UnitClass.Dose)).Concat(other.Select(o => (o, UnitClass.Other)));
    }
}
