using System.Diagnostics;
using Trialdex.Core.Vocabulary;
using Trialdex.Tests;
using Xunit.Abstractions;

namespace Trialdex.Core.Tests.Vocabulary;

/// <summary>The real MeSH files in ../shared/data: the 2026 disease descriptors (JSON) and the 2019 tree.</summary>
public sealed class SharedMeshDataTests(ITestOutputHelper output)
{
    private static readonly Lazy<MeshVocabulary> Real = new(() =>
        MeshVocabularyReader.Read([SharedData.Path("mesh", "mesh-descriptors-synonyms.json"), SharedData.Path("mesh", "mesh-tree-2019.txt")]));

    [SharedDataFact]
    public void The_real_descriptors_and_tree_load_and_merge()
    {
        var json = SharedData.Path("mesh", "mesh-descriptors-synonyms.json");
        var tree = SharedData.Path("mesh", "mesh-tree-2019.txt");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();

        var vocabulary = MeshVocabularyReader.Read([json, tree]);

        clock.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        var withId = vocabulary.Descriptors.Count(d => d.Id.Length > 0);
        output.WriteLine($"{vocabulary.Descriptors.Count} descriptors ({withId} with an id, {vocabulary.Descriptors.Count(d => d.Id.Length > 0 && d.TreeNumbers.Count > 0)} of them placed in the tree), {vocabulary.TermCount} distinct terms");
        output.WriteLine($"loaded in {clock.ElapsedMilliseconds} ms, {retained / (1024 * 1024)} MB retained");
        Assert.Equal(MeshVocabularyReader.ReadDescriptors(json).Count(), withId);
        GC.KeepAlive(vocabulary);
    }

    [SharedDataFact]
    public void Asherman_syndrome_finds_Gynatresia_whose_tree_number_comes_from_the_tree_file()
    {
        var found = Assert.Single(Real.Value.FindByTerm("Asherman syndrome"));

        Assert.Equal(("D006175", "Gynatresia"), (found.Id, found.Name));
        Assert.Contains("C13.351.500.320", found.TreeNumbers);
        Assert.Contains("Genital Diseases, Female", Real.Value.AncestorsOf(found).Select(d => d.Name));
        Assert.Contains(found, Real.Value.FindInText("Stem cells for women with Asherman's syndrome after hysteroscopy"));
    }

    [SharedDataFact]
    public void Premature_ovarian_failure_finds_Primary_Ovarian_Insufficiency()
    {
        var found = Assert.Single(Real.Value.FindByTerm("premature ovarian failure"));

        Assert.Equal("Primary Ovarian Insufficiency", found.Name);
        Assert.Contains(found, Real.Value.FindInText("Autologous stem cell therapy in premature ovarian failure (POF)"));
    }

    [SharedDataFact]
    public void Liver_cirrhosis_expands_to_its_descendants()
    {
        var cirrhosis = Assert.Single(Real.Value.FindByTerm("cirrhosis, liver"));

        var below = Real.Value.DescendantsOf(cirrhosis).Select(d => d.Name).ToList();

        output.WriteLine($"Liver Cirrhosis: {string.Join("; ", below)}");
        Assert.Contains("Liver Cirrhosis, Biliary", below);
        Assert.Contains("Liver Cirrhosis, Alcoholic", below);
    }

    [SharedDataFact]
    public void A_descriptor_renamed_since_the_2019_tree_keeps_its_old_place()
    {
        var mpox = Real.Value.FindById("D045908")!;

        Assert.Equal(mpox, Assert.Single(Real.Value.FindByTerm("Monkeypox")));
        Assert.Contains("C02.256.743.615", mpox.TreeNumbers);
    }
}
