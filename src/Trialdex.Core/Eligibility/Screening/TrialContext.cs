using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Eligibility.Patients;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Screening;

/// <summary>
/// What the screener knows of the trial besides its criteria — the conditions it studies — and the MeSH
/// vocabulary, when given, to place a patient's conditions in the MeSH tree under a criterion's.
/// </summary>
internal sealed class TrialContext
{
    /// <summary>
    /// MeSH tree numbers of descriptors too general to name a condition a patient could be asked about: Disease,
    /// Syndrome, Pathologic Processes, Pathological Conditions, Signs and Symptoms, and the disease attributes
    /// (acute, chronic, progression, recurrence). Words
    /// such as "another disease" or "recurrence" find them, and they would otherwise match any patient condition.
    /// </summary>
    private static readonly HashSet<string> GeneralTrees = new(StringComparer.Ordinal)
    {
        "C23", "C23.300", "C23.550", "C23.550.288", "C23.550.288.500", "C23.550.291", "C23.550.291.125", "C23.550.291.500",
        "C23.550.291.656", "C23.550.291.937", "C23.888",
    };

    private readonly Dictionary<PatientCondition, bool> _isTrialCondition = new(ReferenceEqualityComparer.Instance);

    public TrialContext(IReadOnlyList<string>? trialConditions, MeshVocabulary? vocabulary)
    {
        TrialConditions = Studied(trialConditions, null);
        Vocabulary = vocabulary;
        // A name that is a term is that descriptor; a title names its conditions among other words ("… in Treating
        // Patients With Malignant Glioma"), so the conditions found in it count.
        TrialDescriptors = vocabulary is null
            ? []
            : [.. TrialConditions.SelectMany(name => vocabulary.FindByTerm(name) is { Count: > 0 } named
                ? named
                : vocabulary.FindInText(name).Where(d => d.TreeNumbers.Any(MeshTreeNumber.IsCondition)))];
    }

    public static TrialContext None { get; } = new(null, null);

    /// <summary>
    /// What the trial studies, as the screener reads it: the conditions its registry lists, and its brief title, which
    /// names the condition more precisely than older records' lists do ("Antineoplaston Therapy in Treating Adult
    /// Patients With Anaplastic Astrocytoma" listed under "Adult Brain Tumor"); names too short to use are left out.
    /// </summary>
    public static IReadOnlyList<string> Studied(IReadOnlyList<string>? conditions, string? briefTitle) =>
        [.. (conditions ?? []).Append(briefTitle ?? "").Where(c => Terms.Normalize(c).Length >= 3)];

    /// <summary>The trial's conditions as the registry lists them ("Breast Cancer", "Chronic Hepatitis C"), and its brief title (<see cref="Studied"/>).</summary>
    public IReadOnlyList<string> TrialConditions { get; }

    public MeshVocabulary? Vocabulary { get; }

    /// <summary>
    /// Set when a check asked whether a patient's condition is one the trial studies: a check made without the
    /// trial's conditions holds for any trial only while this stays false (see <see cref="OpenTrialSet"/>).
    /// </summary>
    public bool Asked { get; set; }

    private IReadOnlyList<MeshDescriptor> TrialDescriptors { get; }

    /// <summary>
    /// True when a constraint found through MeSH names nothing to ask the patient: a condition constraint whose every
    /// descriptor lies outside the trees of conditions (<see cref="MeshTreeNumber.IsCondition"/>) — a body part
    /// ("Breast"), people ("Patients", "Volunteers"), an idea ("Risk", "Time") — or is one of the
    /// <see cref="GeneralTrees"/>; or a procedure constraint naming only ways of diagnosing ("Diagnosis", "Biopsy",
    /// "Magnetic Resonance Imaging", tree E01), which criteria name to say how a condition is confirmed. A descriptor's
    /// tree numbers come from <paramref name="vocabulary"/> when it carries none (stored criteria keep only id and
    /// name); one that cannot be placed is kept.
    /// </summary>
    public static bool NamesNothingToAsk(Constraint constraint, MeshVocabulary? vocabulary)
    {
        if (constraint.Kind is not (ConstraintKind.Condition or ConstraintKind.Procedure) || constraint.Descriptors.Count == 0)
        {
            return false;
        }

        foreach (var d in constraint.Descriptors)
        {
            var trees = d.TreeNumbers.Count > 0 ? d.TreeNumbers : vocabulary?.FindById(d.Id)?.TreeNumbers ?? [];
            var nothing = trees.Count > 0 && (constraint.Kind == ConstraintKind.Condition
                ? !trees.Any(IsSpecificDisease)
                : trees.All(t => t.StartsWith("E01", StringComparison.Ordinal)));
            if (!nothing)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the patient's condition is one the trial studies: one side's words contain the other's
    /// ("breast cancer" and "Stage II Breast Cancer"), or, with a vocabulary, the same MeSH descriptor or one
    /// below a trial condition's descriptor.
    /// </summary>
    public bool IsTrialCondition(PatientCondition condition)
    {
        Asked = true;
        if (TrialConditions.Count == 0)
        {
            return false;
        }

        if (!_isTrialCondition.TryGetValue(condition, out var result))
        {
            var names = new[] { condition.Text, condition.MeshName }.OfType<string>().ToList();
            result = TrialConditions.Any(t => names.Any(n => Terms.Covers(t, n) || Terms.Covers(n, t)))
                || TrialDescriptors.Any(d => IsSameOrBelow(condition, d));
            _isTrialCondition[condition] = result;
        }

        return result;
    }

    /// <summary>True when the patient's condition is the descriptor or lies below it in the MeSH tree (needs the vocabulary).</summary>
    public bool IsSameOrBelow(PatientCondition condition, MeshDescriptor descriptor)
    {
        if (condition.MeshId is not { } id)
        {
            return false;
        }

        if (string.Equals(id, descriptor.Id, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Vocabulary?.FindById(id) is not { } own || descriptor.TreeNumbers.Any(GeneralTrees.Contains))
        {
            return false;
        }

        var trees = descriptor.TreeNumbers.Count > 0 ? descriptor.TreeNumbers : Vocabulary.FindById(descriptor.Id)?.TreeNumbers ?? [];
        foreach (var mine in own.TreeNumbers)
        {
            foreach (var tree in trees)
            {
                // Below: "C04.588.274" under "C04.588", compared in place.
                if (mine.Length > tree.Length && mine[tree.Length] == '.' && mine.StartsWith(tree, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSpecificDisease(string tree) => MeshTreeNumber.IsCondition(tree) && !GeneralTrees.Contains(tree);
}
