using Trialdex.Core.Vocabulary;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// The treatments a clinical note reader finds: classes of treatment that trial criteria ask about ("no prior
/// chemotherapy", "prior radiotherapy to the brain", "systemic corticosteroids", "prior stem cell transplant"),
/// each with the words and common drug or regimen names notes use for it. A treatment found in a note is one the
/// patient has had (a note rarely dates it); a negated mention ("no prior chemotherapy") adds nothing. The same
/// classes let the screener see that a criterion's "cytotoxic chemotherapy" and a note's "six cycles of R-CHOP"
/// are one kind of treatment.
/// </summary>
internal static class NoteTreatments
{
    /// <summary>"class|medication or procedure|term;term;…". Acronyms (all capitals) match only in capitals.</summary>
    public static IReadOnlyList<string> Lines { get; } =
    [
        "chemotherapy|medication|chemotherapy;chemo;chemotherapies;chemotherapeutic;cytotoxic therapy;chemoradiation;chemoradiotherapy;FCR;CHOP;R-CHOP;ABVD;FOLFOX;FOLFIRI;cisplatin;carboplatin;oxaliplatin;paclitaxel;docetaxel;doxorubicin;adriamycin;cyclophosphamide;fludarabine;gemcitabine;temozolomide;etoposide;vincristine;capecitabine;5-FU;fluorouracil;irinotecan;pemetrexed;bendamustine;cytarabine",
        "radiotherapy|procedure|radiotherapy;radiation therapy;radiation;irradiation;XRT;radiosurgery;stereotactic radiosurgery;brachytherapy;whole brain radiation;radiation treatment",
        "corticosteroids|medication|corticosteroids;corticosteroid;steroids;steroid;glucocorticoids;glucocorticoid;prednisone;prednisolone;methylprednisolone;dexamethasone;hydrocortisone",
        "transplantation|procedure|transplant;transplantation;stem cell transplant;stem cell transplantation;bone marrow transplant;bone marrow transplantation;allogeneic transplant;autologous transplant;allograft;SCT;BMT;HSCT",
        "dialysis|procedure|dialysis;hemodialysis;haemodialysis;peritoneal dialysis",
    ];

    private static readonly Dictionary<string, string> ClassByTerm = Build();

    /// <summary>True when the class is given as medicines rather than procedures.</summary>
    public static bool IsMedication(string treatmentClass) => Lines.Any(l => l.StartsWith(treatmentClass + "|medication", StringComparison.Ordinal));

    /// <summary>
    /// The treatment class a criterion's words name ("prior systemic chemotherapy" → chemotherapy), or null. Only
    /// written-out terms count here, not acronyms, which criteria seldom use for these treatments.
    /// </summary>
    public static string? ClassOf(string text)
    {
        var words = MeshVocabulary.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(words.Length, 4); length >= 1; length--)
        {
            for (var i = 0; i + length <= words.Length; i++)
            {
                if (ClassByTerm.TryGetValue(string.Join(' ', words, i, length), out var found))
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines)
        {
            var fields = line.Split('|');
            foreach (var term in fields[2].Split(';').Where(t => !NoteText.IsAcronym(t)))
            {
                map.TryAdd(MeshVocabulary.Normalize(term), fields[0]);
            }
        }

        return map;
    }
}
