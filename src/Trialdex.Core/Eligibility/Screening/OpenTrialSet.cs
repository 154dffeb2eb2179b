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
    private readonly int[] _criteriaOf;            // trial → index into _sets
    private readonly int[][] _sets;                // distinct parsed criteria: indices into _criteria, in text order
    private readonly CriterionPlan[] _criteria;    // distinct criteria, prepared
    private readonly int[] _registryOf;            // trial → index into _registries
    private readonly EligibilityModule?[] _registries;
    private readonly int[] _titleOf;               // trial → 0 when the titles name no population, else 1 + index into _titles
    private readonly TitleGroup[] _titles;
    private readonly int[] _conditionsOf;          // trial → 0 when it lists no condition the screener uses, else 1 + index into _conditions
    private readonly IReadOnlyList<string>[] _conditions;

    /// <summary>A set with no trial.</summary>
    public static OpenTrialSet Empty { get; } = Build([]);

    /// <summary>The MeSH vocabulary the trials' criteria were parsed with and are screened through, or null.</summary>
    public Vocabulary.MeshVocabulary? Vocabulary { get; }

    /// <summary>How many trials the set holds.</summary>
    public int Count => _nctIds.Length;

    /// <summary>How many distinct parsed criteria the trials have (trials with the same stored form share one).</summary>
    public int DistinctCriteriaSets => _sets.Length;

    /// <summary>How many distinct criteria the parsed criteria hold together: what screening one patient checks.</summary>
    public int DistinctCriteria => _criteria.Length;

    /// <summary>The trials' ids, in the order the store gave them.</summary>
    public IReadOnlyList<string> NctIds => _nctIds;

    /// <summary>True when the set holds the trial (case-insensitive).</summary>
    public bool Contains(string nctId) => _indexOf.ContainsKey(nctId);

    /// <summary>What the trial studies (<see cref="TrialContext.Studied"/>), empty when the set does not hold it.</summary>
    public IReadOnlyList<string> Studied(string nctId) =>
        _indexOf.TryGetValue(nctId, out var t) && _conditionsOf[t] > 0 ? _conditions[_conditionsOf[t] - 1] : [];

    /// <summary>
    /// Screens <paramref name="patient"/> against every trial of the set as <see cref="Screener.ScreenTrial"/> does
    /// (with the set's <see cref="Vocabulary"/>, as <see cref="TrialMatcher"/> screens): the verdict and ranking weight of each
    /// trial equal the full screening's. Each distinct criterion is checked once, in parallel. The patient is
    /// neither kept nor logged.
    /// </summary>
    public OpenTrialScreening Screen(Patient patient, Units.UnitVocabulary? units, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var registries = Array.ConvertAll(_registries, m => RegistryFieldChecks.Check(m, patient).ToArray());
        var titles = Array.ConvertAll(_titles, g => TitlePopulation.Check(g, patient, Vocabulary));
        var registryTallies = Array.ConvertAll(registries, r => ScreeningTally.Of(r));
        var titleTallies = Array.ConvertAll(titles, ScreeningTally.Of);

        // A trial whose age or sex limits (or title) rule the patient out is not eligible, with the weight of that
        // rule-out, whatever its criteria say: only the criteria of the other trials are checked.
        var decided = new bool[Count];
        var needed = new bool[_criteria.Length];
        var setNeeded = new bool[_sets.Length];
        for (var t = 0; t < decided.Length; t++)
        {
            decided[t] = (registryTallies[_registryOf[t]] + (_titleOf[t] == 0 ? default : titleTallies[_titleOf[t] - 1])).RulingOutDemographic > 0;
            if (!decided[t] && !setNeeded[_criteriaOf[t]])
            {
                setNeeded[_criteriaOf[t]] = true;
                foreach (var c in _sets[_criteriaOf[t]])
                {
                    needed[c] = true;
                }
            }
        }

        var screened = new CriterionScreening?[_criteria.Length];
        var asked = new bool[_criteria.Length];
        Parallel.For(0, _criteria.Length, new ParallelOptions { CancellationToken = ct }, () => new TrialContext(null, Vocabulary), (c, _, probe) =>
        {
            if (needed[c])
            {
                // Without the trial's conditions: a check that asks about them (rare) is done again per conditions list below.
                probe.Asked = false;
                screened[c] = Screener.ScreenOne(_criteria[c], patient, units, probe);
                asked[c] = probe.Asked;
            }

            return probe;
        }, _ => { });

        var sets = new SetScreening?[_sets.Length];
        for (var s = 0; s < sets.Length; s++)
        {
            sets[s] = setNeeded[s] ? SetScreening.Of(_sets[s], screened, asked) : null;
        }

        var withConditions = new TrialConditionChecks(this, patient, units);
        var tallies = new ScreeningTally[Count];
        for (var t = 0; t < tallies.Length; t++)
        {
            var tally = registryTallies[_registryOf[t]] + (_titleOf[t] == 0 ? default : titleTallies[_titleOf[t] - 1]);
            if (sets[_criteriaOf[t]] is { } set && !decided[t])
            {
                tally += set.Tally + (set.Asked.Length == 0 || _conditionsOf[t] == 0
                    ? set.AskedTally
                    : set.Asked.Aggregate(default(ScreeningTally), (sum, c) => sum + ScreeningTally.Of(withConditions.Screen(c, _conditionsOf[t]))));
            }

            tallies[t] = tally;
        }

        return new OpenTrialScreening(this, tallies, t =>
        {
            var list = new List<CriterionScreening>(registries[_registryOf[t]]);
            if (_titleOf[t] > 0)
            {
                list.AddRange(titles[_titleOf[t] - 1]);
            }

            foreach (var c in _sets[_criteriaOf[t]])
            {
                if (screened[c] is null)
                {
                    // A criterion only decided trials have, asked for afterwards: checked now.
                    var probe = new TrialContext(null, Vocabulary);
                    screened[c] = Screener.ScreenOne(_criteria[c], patient, units, probe);
                    asked[c] = probe.Asked;
                }

                list.Add(asked[c] && _conditionsOf[t] > 0 ? withConditions.Screen(c, _conditionsOf[t]) : screened[c]!);
            }

            return new TrialScreening(tallies[t].Verdict, list);
        });
    }

    internal int IndexOf(string nctId) => _indexOf.TryGetValue(nctId, out var index) ? index : -1;

    /// <summary>One distinct parsed criteria screened for one patient without a trial's conditions.</summary>
    /// <param name="Asked">The criteria whose check depends on the trial's conditions (<see cref="TrialContext.Asked"/>).</param>
    /// <param name="Tally">The sum over the other criteria.</param>
    /// <param name="AskedTally">The sum over those criteria, for a trial that lists no conditions.</param>
    private sealed record SetScreening(int[] Asked, ScreeningTally Tally, ScreeningTally AskedTally)
    {
        public static SetScreening Of(int[] criteria, CriterionScreening?[] screened, bool[] asked)
        {
            var (tally, askedTally) = (default(ScreeningTally), default(ScreeningTally));
            List<int>? askedCriteria = null;
            foreach (var c in criteria)
            {
                if (asked[c])
                {
                    (askedCriteria ??= []).Add(c);
                    askedTally += ScreeningTally.Of(screened[c]!);
                }
                else
                {
                    tally += ScreeningTally.Of(screened[c]!);
                }
            }

            return new SetScreening(askedCriteria is null ? [] : [.. askedCriteria], tally, askedTally);
        }
    }

    /// <summary>The criteria whose check depends on the trial's conditions, screened again with them, once per distinct conditions list.</summary>
    private sealed class TrialConditionChecks(OpenTrialSet set, Patient patient, Units.UnitVocabulary? units)
    {
        private readonly Dictionary<(int Criterion, int Conditions), CriterionScreening> _screened = [];
        private readonly Dictionary<int, TrialContext> _contexts = [];

        public CriterionScreening Screen(int criterion, int conditions)
        {
            if (!_screened.TryGetValue((criterion, conditions), out var screening))
            {
                if (!_contexts.TryGetValue(conditions, out var context))
                {
                    context = new TrialContext(set._conditions[conditions - 1], set.Vocabulary);
                    _contexts[conditions] = context;
                }

                screening = Screener.ScreenOne(set._criteria[criterion], patient, units, context);
                _screened[(criterion, conditions)] = screening;
            }

            return screening;
        }
    }
}
