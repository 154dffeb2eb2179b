namespace Trialdex.Core.Import;

/// <summary>The format a stored study was imported from.</summary>
public enum SourceFormat
{
    /// <summary>ClinicalTrials.gov API v2 JSON (single study, array, page, NDJSON or the bulk zip).</summary>
    ApiV2Json,

    /// <summary>Legacy ClinicalTrials.gov XML (<c>clinical_study</c>, public.xsd), mapped to the API v2 shape.</summary>
    LegacyXml,

    /// <summary>The trials bundled with Trialdex, written from the seed pages.</summary>
    Sample,
}

/// <summary>Stable names of <see cref="SourceFormat"/> used in the store and in statistics.</summary>
public static class SourceFormats
{
    public static string Name(SourceFormat format) => format switch
    {
        SourceFormat.ApiV2Json => "api-v2-json",
        SourceFormat.LegacyXml => "legacy-xml",
        SourceFormat.Sample => "sample",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static SourceFormat Parse(string name) => name switch
    {
        "api-v2-json" => SourceFormat.ApiV2Json,
        "legacy-xml" => SourceFormat.LegacyXml,
        "sample" => SourceFormat.Sample,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown source format"),
    };
}
