namespace Trialdex.Core.Search;

/// <summary>What a vocabulary import stored.</summary>
public sealed record VocabularySummary(long Descriptors, long EntryTerms, long TreeNumbers);
