using Trialdex.Core.Studies.Page;
using Trialdex.Web.Features.Prescreen;

namespace Trialdex.Web.Features.Qualify;

/// <summary>The "Could I qualify?" page: the form as typed, its errors, the one trial asked about, and the results once screened.</summary>
/// <param name="Form">The fields, to show again.</param>
/// <param name="Errors">Problems, each beside its field.</param>
/// <param name="Trial">The only trial screened (<c>/qualify?trial=…</c>), or null for every stored trial.</param>
/// <param name="Results">The screening, or null before the form is sent or when it has errors.</param>
public sealed record QualifyView(QualifyForm Form, QualifyErrors Errors, StudyPage? Trial, QualifyResults? Results);

/// <summary>The screening as the page shows it.</summary>
/// <param name="Response">The ranked trials, questions and problems, mapped as <c>POST /api/prescreen</c> answers them.</param>
/// <param name="Trials">Each ranked trial with its page and eligibility text (for the highlighted spans), in rank order.</param>
/// <param name="Place">The place searched around, as the gazetteer names it, or null.</param>
/// <param name="Note">The note the patient was read from, to quote its evidence; null for the form.</param>
public sealed record QualifyResults(PrescreenResponse Response, IReadOnlyList<QualifyTrial> Trials, string? Place, string? Note);

/// <summary>One ranked trial with what the page needs beside the screening.</summary>
/// <param name="Match">The trial's screening.</param>
/// <param name="Page">The trial in plain language (title, status), or null if it vanished meanwhile.</param>
/// <param name="EligibilityText">The eligibility text the criteria's spans point into, or null.</param>
public sealed record QualifyTrial(PrescreenTrial Match, StudyPage? Page, string? EligibilityText);
