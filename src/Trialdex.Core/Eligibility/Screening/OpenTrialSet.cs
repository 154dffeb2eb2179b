using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// Every open trial of a store in the form screening reads, built once per committed state of the store so that one
/// patient can be screened against all of them in memory (<see cref="Screen"/>): no study JSON is read, no stored
/// criteria decompressed, per patient. Each distinct stored form of parsed criteria is read and prepared once
/// (<see cref="CriterionPlan"/>) however many trials share it, and so are the registry's age and sex limits, the
/// population the titles name and the conditions lists. Immutable; screened by any number of patients at once.
/// </summary>
public sealed partial class OpenTrialSet
{
    private readonly string[] _nctIds;
    private readonly Dictionary<string, int> _indexOf;
    private readonly int[] _criteriaOf;            // trial → index into _plans
    private readonly CriterionPlan[][] _plans;      // distinct parsed criteria, prepared
    private readonly int[] _registryOf;            // trial → index into _registries
    private readonly EligibilityModule?[] _registries;
    private readonly int[] _childrenOf;            // trial → 0 when the titles name no children, else 1 + index into _children
    private readonly string[] _children;
    private readonly int[] _conditionsOf;          // trial → 0 when it lists no condition the screener uses, else 1 + index into _conditions
    private readonly IReadOnlyList<string>[] _conditions;

    /// <summary>A set with no trial.</summary>
    public static OpenTrialSet Empty { get; } = Build([]);

    /// <summary>How many trials the set holds.</summary>
    public int Count => _nctIds.Length;

    /// <summary>How many distinct parsed criteria the trials have (trials with the same stored form share one).</summary>
    public int DistinctCriteriaSets => _plans.Length;

    /// <summary>How many criteria the distinct parsed criteria hold together: what screening a patient checks.</summary>
    public int DistinctCriteria => _plans.Sum(p => p.Length);

    /// <summary>The trials' ids, in the order the store gave them.</summary>
    public IReadOnlyList<string> NctIds => _nctIds;

    /// <summary>True when the set holds the trial (case-insensitive).</summary>
    public bool Contains(string nctId) => _indexOf.ContainsKey(nctId);

    /// <summary>
    /// Screens <paramref name="patient"/> against every trial of the set as <see cref="Screener.ScreenTrial"/> does
    /// (without a MeSH vocabulary, as <see cref="TrialMatcher"/> screens): the verdict and ranking weight of each
    /// trial equal the full screening's. The patient is neither kept nor logged.
    /// </summary>
    public OpenTrialScreening Screen(Patient patient, Units.UnitVocabulary? units, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var criteria = new CriteriaScreening[_plans.Length];
        Parallel.For(0, _plans.Length, new ParallelOptions { CancellationToken = ct }, () => new TrialContext(null, null), (s, _, probe) =>
        {
            criteria[s] = CriteriaScreening.Of(_plans[s], patient, units, probe);
            return probe;
        }, _ => { });

        var registries = Array.ConvertAll(_registries, m => RegistryFieldChecks.Check(m, patient).ToArray());
        var children = Array.ConvertAll(_children, c => TitlePopulation.Check(c, patient));
        var tallies = new ScreeningTally[Count];
        var registryTallies = Array.ConvertAll(registries, r => ScreeningTally.Of(r));
        var childrenTallies = Array.ConvertAll(children, c => c is null ? default : ScreeningTally.Of(c));
        var withContext = new TrialConditionChecks(this, patient, units);
        for (var t = 0; t < tallies.Length; t++)
        {
            var screened = criteria[_criteriaOf[t]];
            var tally = screened.Tally + registryTallies[_registryOf[t]] + (_childrenOf[t] == 0 ? default : childrenTallies[_childrenOf[t] - 1]);
            tallies[t] = tally + (screened.AskedAboutTrialConditions.Length == 0 || _conditionsOf[t] == 0
                ? screened.AskedTally
                : withContext.Tally(_criteriaOf[t], screened, _conditionsOf[t]));
        }

        return new OpenTrialScreening(this, tallies, t =>
        {
            var screened = criteria[_criteriaOf[t]];
            var list = new List<CriterionScreening>(registries[_registryOf[t]]);
            if (_childrenOf[t] > 0 && children[_childrenOf[t] - 1] is { } child)
            {
                list.Add(child);
            }

            for (var p = 0; p < screened.Criteria.Length; p++)
            {
                list.Add(_conditionsOf[t] > 0 && Array.IndexOf(screened.AskedAboutTrialConditions, p) >= 0
                    ? withContext.Screen(_criteriaOf[t], p, _conditionsOf[t])
                    : screened.Criteria[p]);
            }

            return new TrialScreening(tallies[t].Verdict, list);
        });
    }

    internal int IndexOf(string nctId) => _indexOf.TryGetValue(nctId, out var index) ? index : -1;

    /// <summary>One distinct parsed criteria screened for one patient without a trial's conditions.</summary>
    /// <param name="Criteria">Each criterion's screening.</param>
    /// <param name="AskedAboutTrialConditions">The criteria whose check depends on the trial's conditions (<see cref="TrialContext.Asked"/>).</param>
    /// <param name="Tally">The sum over the other criteria.</param>
    /// <param name="AskedTally">The sum over those criteria, for a trial that lists no conditions.</param>
    private sealed record CriteriaScreening(CriterionScreening[] Criteria, int[] AskedAboutTrialConditions, ScreeningTally Tally, ScreeningTally AskedTally)
    {
        public static CriteriaScreening Of(CriterionPlan[] plans, Patient patient, Units.UnitVocabulary? units, TrialContext probe)
        {
            var criteria = new CriterionScreening[plans.Length];
            var asked = new List<int>();
            var (tally, askedTally) = (default(ScreeningTally), default(ScreeningTally));
            for (var p = 0; p < plans.Length; p++)
            {
                probe.Asked = false;
                criteria[p] = Screener.ScreenOne(plans[p], patient, units, probe);
                if (probe.Asked)
                {
                    asked.Add(p);
                    askedTally += ScreeningTally.Of(criteria[p]);
                }
                else
                {
                    tally += ScreeningTally.Of(criteria[p]);
                }
            }

            return new CriteriaScreening(criteria, [.. asked], tally, askedTally);
        }
    }

    /// <summary>The criteria whose check depends on the trial's conditions, screened again with them, once per distinct conditions list.</summary>
    private sealed class TrialConditionChecks(OpenTrialSet set, Patient patient, Units.UnitVocabulary? units)
    {
        private readonly Dictionary<(int Criteria, int Plan, int Conditions), CriterionScreening> _screened = [];
        private readonly Dictionary<int, TrialContext> _contexts = [];

        public ScreeningTally Tally(int criteria, CriteriaScreening screened, int conditions) =>
            screened.AskedAboutTrialConditions.Aggregate(default(ScreeningTally), (sum, p) => sum + ScreeningTally.Of(Screen(criteria, p, conditions)));

        public CriterionScreening Screen(int criteria, int plan, int conditions)
        {
            if (!_screened.TryGetValue((criteria, plan, conditions), out var screening))
            {
                if (!_contexts.TryGetValue(conditions, out var context))
                {
                    context = new TrialContext(set._conditions[conditions - 1], null);
                    _contexts[conditions] = context;
                }

                screening = Screener.ScreenOne(set._plans[criteria][plan], patient, units, context);
                _screened[(criteria, plan, conditions)] = screening;
            }

            return screening;
        }
    }
}
