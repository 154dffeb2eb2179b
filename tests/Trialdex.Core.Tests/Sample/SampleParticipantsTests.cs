namespace Trialdex.Core.Tests.Sample;

public sealed class SampleParticipantsTests
{
    [Theory]
    [InlineData("NCT05106972", "Liver Cirrhosis", "DRUG: UC-MSC infusion")]
    [InlineData("NCT03033277", "Primary Ovarian Insufficiency", "BIOLOGICAL: Placebo transplantation|BIOLOGICAL: HUC-MSCs transplantation")]
    [InlineData("NCT03223454", "", "")]
    [InlineData("LOCAL-MELASMA-EXOSOMES", "", "")]
    [InlineData("LOCAL-IUA-IPS-EXO", "", "")]
    public void Each_sample_lists_the_conditions_and_treatments_its_page_shows(string id, string conditions, string treatments)
    {
        using var json = SampleJson.Open(id);

        var listed = json.At("protocolSection.conditionsModule.conditions")?.EnumerateArray().Select(c => c.GetString()) ?? [];
        var given = json.At("protocolSection.armsInterventionsModule.interventions")?.EnumerateArray()
            .Select(i => $"{i.GetProperty("type").GetString()}: {i.GetProperty("name").GetString()}") ?? [];

        Assert.Equal(conditions, string.Join('|', listed));
        Assert.Equal(treatments, string.Join('|', given));
    }

    [Theory]
    [InlineData("NCT05106972", "Xiaoxi Huang, PHD")]
    [InlineData("NCT03033277", "Long Yan, Doctor|Jianqiao Liu, Doctor")]
    [InlineData("NCT03223454", "Lina Hu 86-23-63693707 cqhulina@126.com")]
    [InlineData("LOCAL-MELASMA-EXOSOMES", "xiaosong chen, director")]
    [InlineData("LOCAL-IUA-IPS-EXO", "")]
    public void Each_sample_has_the_central_contacts_its_page_shows(string id, string contacts)
    {
        using var json = SampleJson.Open(id);

        var listed = json.At("protocolSection.contactsLocationsModule.centralContacts")?.EnumerateArray()
            .Select(c => string.Join(' ', new[] { "name", "phone", "email" }
                .Select(p => c.TryGetProperty(p, out var v) ? v.GetString() : null)
                .OfType<string>())) ?? [];

        Assert.Equal(contacts, string.Join('|', listed));
    }
}
