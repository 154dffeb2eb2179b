using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Studies;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>Building an <see cref="OpenTrialSet"/> from what a store reads.</summary>
public sealed partial class OpenTrialSet
{
    private OpenTrialSet(
        string[] nctIds, int[] criteriaOf, int[][] sets, CriterionPlan[] criteria, int[] registryOf, EligibilityModule?[] registries,
        int[] titleOf, TitleGroup[] titles, int[] conditionsOf, IReadOnlyList<string>[] conditions, Vocabulary.MeshVocabulary? vocabulary)
    {
        Vocabulary = vocabulary;
        (_nctIds, _criteriaOf, _sets, _criteria, _registryOf, _registries) = (nctIds, criteriaOf, sets, criteria, registryOf, registries);
        (_titleOf, _titles, _conditionsOf, _conditions) = (titleOf, titles, conditionsOf, conditions);
        _indexOf = new Dictionary<string, int>(nctIds.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < nctIds.Length; i++)
        {
            _indexOf.TryAdd(nctIds[i], i);
        }
    }

    /// <summary>
    /// Reads <paramref name="trials"/> once: trials sharing a stored form of parsed criteria, registry limits, a
    /// population named in the titles or a conditions list share one copy of it, and criteria the same but for
    /// where they lie in their text (boilerplate such as "Pregnant or breastfeeding women") share one reading.
    /// Stored forms are decoded and prepared in parallel.
    /// </summary>
    /// <param name="trials">The open trials.</param>
    /// <param name="vocabulary">The MeSH vocabulary their criteria were parsed with, which screening then compares conditions through; null for none.</param>
    /// <exception cref="InvalidDataException">A stored form of parsed criteria cannot be read.</exception>
    public static OpenTrialSet Build(IEnumerable<OpenTrial> trials, Vocabulary.MeshVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var nctIds = new List<string>();
        var (criteriaOf, registryOf, titleOf, conditionsOf) = (new List<int>(), new List<int>(), new List<int>(), new List<int>());
        var stored = new Dictionary<byte[], int>(ByteArrayComparer.Instance);
        var sources = new List<object>();      // per distinct criteria: the stored form, or the parsed criteria
        var registries = new Interned<(Sex?, NormalizedTime?, NormalizedTime?, bool?), EligibilityModule?>();
        var titles = new Interned<TitleGroup, TitleGroup>();
        var conditions = new Interned<string, IReadOnlyList<string>>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);   // one copy of each condition name
        foreach (var trial in trials)
        {
            nctIds.Add(trial.NctId);
            if (trial.StoredCriteria is { } blob)
            {
                if (!stored.TryGetValue(blob, out var index))
                {
                    index = sources.Count;
                    stored[blob] = index;
                    sources.Add(blob);
                }

                criteriaOf.Add(index);
            }
            else
            {
                criteriaOf.Add(sources.Count);
                sources.Add(trial.ParsedCriteria ?? ParsedCriteria.Empty);
            }

            var module = trial.Eligibility;
            registryOf.Add(registries.Id((module?.Sex, module?.MinimumAge, module?.MaximumAge, module?.HealthyVolunteers), module is null ? null : new EligibilityModule
            {
                Sex = module.Sex, MinimumAge = module.MinimumAge, MaximumAge = module.MaximumAge, HealthyVolunteers = module.HealthyVolunteers,
            }));
            titleOf.Add(TitlePopulation.Named([trial.BriefTitle, trial.OfficialTitle]) is { } named ? 1 + titles.Id(named, named) : 0);
            var used = TrialContext.Studied([.. trial.Conditions.Select(c => names.TryAdd(c, c) ? c : names[c])], trial.BriefTitle);
            conditionsOf.Add(used.Count == 0 ? 0 : 1 + conditions.Id(string.Join('\n', used), used));
        }

        var plans = new CriterionPlan[sources.Count][];
        var keys = new string[sources.Count][];
        try
        {
            Parallel.For(0, sources.Count, s =>
            {
                plans[s] = CriterionPlan.Prepare(sources[s] as ParsedCriteria ?? StoredCriteria.Deserialize((byte[])sources[s]), vocabulary);
                keys[s] = Array.ConvertAll(plans[s], p => p.Key);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is InvalidDataException) is { } damaged)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(damaged).Throw();
            throw;
        }

        var criteria = new Interned<string, CriterionPlan>();
        var sets = new int[sources.Count][];
        for (var s = 0; s < sources.Count; s++)
        {
            sets[s] = new int[plans[s].Length];
            for (var p = 0; p < plans[s].Length; p++)
            {
                sets[s][p] = criteria.Id(keys[s][p], plans[s][p]);
            }
        }

        return new OpenTrialSet(
            [.. nctIds], [.. criteriaOf], sets, criteria.Values, [.. registryOf], registries.Values, [.. titleOf], titles.Values, [.. conditionsOf], conditions.Values, vocabulary);
    }

    /// <summary>Distinct values by key, numbered in order of first appearance.</summary>
    private sealed class Interned<TKey, TValue>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> _ids = [];
        private readonly List<TValue> _values = [];

        public TValue[] Values => [.. _values];

        public int Id(TKey key, TValue value)
        {
            if (!_ids.TryGetValue(key, out var id))
            {
                id = _values.Count;
                _ids[key] = id;
                _values.Add(value);
            }

            return id;
        }
    }

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]>
    {
        public static ByteArrayComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(obj);
            return hash.ToHashCode();
        }
    }
}
