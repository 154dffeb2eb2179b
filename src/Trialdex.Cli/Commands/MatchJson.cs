using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Eligibility.Screening;

namespace Trialdex.Cli.Commands;

/// <summary>The JSON of <c>trialdex match --json</c>: the same shape as <c>POST /api/prescreen</c> answers.</summary>
internal static class MatchJson
{
    public static object From(PatientInputResult read, MatchResult result) => new
    {
        input = read.Kind.ToString(),
        candidates = result.Candidates,
        allOpen = result.AllOpen is { } open
            ? new { screened = open.Screened, likelyEligible = open.LikelyEligible, possiblyEligible = open.PossiblyEligible, notEligible = open.NotEligible }
            : null,
        trials = result.Trials.Select(t => new
        {
            nctId = t.NctId,
            title = t.Title,
            status = t.OverallStatus,
            verdict = t.Screening.Verdict.ToString(),
            score = t.Score,
            relevance = t.Relevance,
            deciding = t.Screening.Deciding?.Text,
            criteria = t.Screening.Criteria.Select(c => new
            {
                origin = c.Origin.ToString(),
                text = c.Text,
                span = c.Span is { } s ? new { start = s.Start, length = s.Length } : null,
                verdict = c.Verdict.ToString(),
                reason = c.Reason,
                evidence = c.Evidence.Select(e => new { fact = e.Fact, source = e.Source.ToString() }),
                missing = c.Missing.Select(m => m.Question),
            }),
        }),
        questions = result.Questions.Select(q => new { key = q.Key, question = q.Question, trials = q.Trials }),
        problems = read.Result.Problems.Select(p => p.ToString()),
        read = (read.Result.Patient is { } patient ? PatientFacts.Describe(patient) : []).Select(f => new { kind = f.Kind, fact = f.Text, source = f.Source.ToString() }),
    };
}
