using Trialdex.Core.Eligibility.Constraints;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// The criteria that belong to a trial's group of healthy volunteers when the trial takes patients too, as many do
/// (a patient group and a healthy control group): "Affected Subjects: …" beside "Healthy Volunteers: ≥ 18 years of
/// age, in good general health", and under the exclusions "A healthy volunteer who meets any of the following …:
/// history of liver disease". Nobody is both a healthy volunteer and a patient, so such a group is one the patient
/// may join instead of the other, not a requirement on every participant: its criteria do not apply to a patient
/// who is not a healthy volunteer. A trial only for healthy volunteers keeps its requirement.
/// </summary>
/// <remarks>
/// A group is a criterion naming healthy volunteers (a constraint of that kind, not denied) together with the
/// criteria under it. The trial takes patients too when a healthy-volunteer group among the inclusions heads criteria
/// of its own and so does an inclusion at the same level, outside any such group, that speaks of patients ("Patients
/// must:", "Affected Subjects", "Subjects with …:"); a topic heading ("General", "Demographics") does not make a group,
/// nor do single lines ("Healthy volunteers aged 18-65" beside "Patients will be eligible if …" describe one group).
/// </remarks>
internal static class VolunteerGroups
{
    private static readonly string[] PatientOpenings =
    [
        "patients", "patient ", "affected ", "subjects with ", "participants with ", "individuals with ", "people with ",
        "persons with ", "adults with ", "children with ", "women with ", "men with ", "those with ",
    ];

    /// <summary>For each criterion of <paramref name="criteria"/>, whether it belongs to such a group.</summary>
    public static bool[] Of(IReadOnlyList<ParsedCriterion> criteria)
    {
        var inGroup = new bool[criteria.Count];
        if (!criteria.Any(NamesVolunteers))
        {
            return inGroup;
        }

        var groups = new List<(int Start, int End)>();
        for (var i = 0; i < criteria.Count; i++)
        {
            if (NamesVolunteers(criteria[i]))
            {
                groups.Add((i, SubtreeEnd(criteria, i)));
            }
        }

        if (!TakesPatientsToo(criteria, groups))
        {
            return inGroup;
        }

        foreach (var (start, end) in groups)
        {
            Array.Fill(inGroup, true, start, end - start);
        }

        return inGroup;
    }

    private static bool NamesVolunteers(ParsedCriterion criterion) =>
        criterion.Constraints.Any(c => c.Kind == ConstraintKind.HealthyVolunteers && !c.Flags.HasFlag(ConstraintFlags.Negated));

    /// <summary>The index after the last criterion under the one at <paramref name="start"/>.</summary>
    private static int SubtreeEnd(IReadOnlyList<ParsedCriterion> criteria, int start)
    {
        var end = start + 1;
        while (end < criteria.Count && criteria[end].Depth > criteria[start].Depth)
        {
            end++;
        }

        return end;
    }

    private static bool TakesPatientsToo(IReadOnlyList<ParsedCriterion> criteria, List<(int Start, int End)> groups)
    {
        // Both must head criteria of their own: "Healthy volunteers between the ages of 18-65" beside "Patients will be
        // eligible if …" is one group of healthy people called patients, not two groups.
        foreach (var (start, _) in groups.Where(g => criteria[g.Start].Kind == CriterionKind.Inclusion && g.End > g.Start + 1))
        {
            var depth = criteria[start].Depth;
            for (var j = 0; j + 1 < criteria.Count; j++)
            {
                var other = criteria[j];
                if (other.Kind != CriterionKind.Inclusion || other.Depth != depth || criteria[j + 1].Depth <= depth || groups.Any(g => j >= g.Start && j < g.End))
                {
                    continue;
                }

                var words = Terms.Normalize(other.Text) + " ";
                if (PatientOpenings.Any(o => words.StartsWith(o, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
