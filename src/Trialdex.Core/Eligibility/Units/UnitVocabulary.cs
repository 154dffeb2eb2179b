namespace Trialdex.Core.Eligibility.Units;

/// <summary>
/// The UCUM units in memory, read from the UCUM-LHC definitions file that the npm package <c>@lhncbc/ucum-lhc</c>
/// ships as <c>data/ucumDefs.min.json</c>: it resolves units as criteria write them ("×10⁹/L", "mg/dl", "mmHg") to
/// UCUM codes and converts values between commensurable units by their sizes. Immutable once read, so one instance
/// serves every thread.
/// </summary>
public sealed partial class UnitVocabulary
{
    private readonly Dictionary<string, UcumUnit> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UcumUnit> _byCaseInsensitiveCode = new(StringComparer.Ordinal);
    /// <summary>The most expressions <see cref="_parsed"/> remembers, so that arbitrary text cannot grow it without limit.</summary>
    private const int MaxParsed = 4096;

    private readonly UcumExpressionParser _parser;

    /// <summary>
    /// Expressions parsed so far ("mg/dL" and its term, or null when it is none): criteria write a few hundred units
    /// thousands of times over, and parsing them was most of the time resolving a unit took.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, UcumTerm?> _parsed = new(StringComparer.Ordinal);

    /// <summary>Builds the vocabulary from units and SI prefixes (code → factor, "m" → 0.001).</summary>
    public UnitVocabulary(IEnumerable<UcumUnit> units, IReadOnlyDictionary<string, double> prefixes)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(prefixes);
        foreach (var unit in units)
        {
            _byCode.TryAdd(unit.Code, unit);
            _byCaseInsensitiveCode.TryAdd(unit.CaseInsensitiveCode, unit);
        }

        Units = [.. _byCode.Values];
        _parser = new UcumExpressionParser(_byCode, new Dictionary<string, double>(prefixes, StringComparer.Ordinal));
    }

    /// <summary>Every unit, each code once, in the order read.</summary>
    public IReadOnlyList<UcumUnit> Units { get; }

    /// <summary>Reads a UCUM-LHC definitions file (<c>ucumDefs.min.json</c>) from a path the user or the build gives.</summary>
    /// <exception cref="InvalidDataException">The file is not a UCUM-LHC definitions file; the message says why.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static UnitVocabulary Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a UCUM-LHC definitions document from a stream; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The document is not a UCUM-LHC definitions file.</exception>
    public static UnitVocabulary Read(Stream stream, string source = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (prefixes, units) = UcumDefinitionsReader.Read(stream, source);
        return new UnitVocabulary(units, prefixes);
    }

    /// <summary>The unit with exactly this UCUM code ("mg/dL"), or, failing that, this case-insensitive code ("MG/DL").</summary>
    public UcumUnit? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(code) ?? _byCaseInsensitiveCode.GetValueOrDefault(code.ToUpperInvariant());
    }

    /// <summary>
    /// The UCUM code of a unit as a criterion writes it ("×10⁹/L" → "10*9/L", "µmol/l" → "umol/L",
    /// "mL/min/1.73 m²" → "mL/min/{1.73_m2}"), or null when it is no unit this vocabulary knows.
    /// </summary>
    public string? ToUcum(string writtenUnit)
    {
        ArgumentNullException.ThrowIfNull(writtenUnit);
        var code = WrittenUnits.ToUcumCode(writtenUnit);
        if (code.Length == 0)
        {
            return null;
        }

        if (Find(code) is { } unit)
        {
            return unit.Code;
        }

        return Parse(code) is null ? null : code;
    }

    /// <summary>
    /// Converts a value between two UCUM expressions of the same dimension ("g/dL" → "g/L" multiplies by 10). Fails
    /// for different dimensions, for special units such as degrees Celsius, and across arbitrary units.
    /// </summary>
    public bool TryConvert(double value, string fromCode, string toCode, out double result)
    {
        ArgumentNullException.ThrowIfNull(fromCode);
        ArgumentNullException.ThrowIfNull(toCode);
        result = value;
        if (string.Equals(fromCode, toCode, StringComparison.Ordinal))
        {
            return true;
        }

        if (Term(fromCode) is not { } from || Term(toCode) is not { } to
            || from.Dimension != to.Dimension || from.IsSpecial || to.IsSpecial || from.IsArbitrary || to.IsArbitrary)
        {
            return false;
        }

        result = value * from.Magnitude / to.Magnitude;
        return true;
    }

    internal UcumTerm? Term(string code) =>
        _byCode.GetValueOrDefault(code) is { } unit
            ? new UcumTerm(unit.Magnitude, unit.Dimension, unit.IsArbitrary, unit.IsSpecial)
            : Parse(code);

    private UcumTerm? Parse(string code)
    {
        if (_parsed.TryGetValue(code, out var term))
        {
            return term;
        }

        term = _parser.Parse(code);
        if (_parsed.Count < MaxParsed)
        {
            _parsed.TryAdd(code, term);
        }

        return term;
    }
}
