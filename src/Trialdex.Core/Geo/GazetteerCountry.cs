namespace Trialdex.Core.Geo;

/// <summary>A country of the gazetteer: its ISO 3166-1 codes and the English name results show.</summary>
internal sealed record GazetteerCountry(string Code, string Code3, string Name);
