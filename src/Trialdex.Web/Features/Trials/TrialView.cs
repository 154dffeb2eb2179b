using Trialdex.Core.Studies.Page;

namespace Trialdex.Web.Features.Trials;

/// <summary>What the trial page shows: the study in plain language and the related trials found for it.</summary>
public sealed record TrialView(StudyPage Page, IReadOnlyList<RelatedTrial> Related);

/// <summary>A trial sharing MeSH condition or intervention terms with the one shown ("See also").</summary>
public sealed record RelatedTrial(string Id, string Title, StudyStatusText? Status, IReadOnlyList<string> Phases);
