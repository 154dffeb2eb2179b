using System.Text.Json;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>One resource of a bundle, with what is needed to cite it.</summary>
/// <param name="Element">The resource's JSON.</param>
/// <param name="Type">Its resourceType.</param>
/// <param name="Id">Its id, or null.</param>
/// <param name="Entry">The index of its entry.</param>
/// <param name="FullUrl">The entry's fullUrl, which transaction bundles use in references ("urn:uuid:…"), or null.</param>
internal sealed record FhirResource(JsonElement Element, string Type, string? Id, int Entry, string? FullUrl)
{
    public FhirSource Source => new(Type, Id, Entry);

    /// <summary>The resource as problems name it: "Condition/c1", or "Condition (entry 3)".</summary>
    public string Where => Source.ToString();

    /// <summary>The references that point at this resource: "Type/id" and the fullUrl.</summary>
    public IEnumerable<string> References()
    {
        if (Id is not null)
        {
            yield return $"{Type}/{Id}";
        }

        if (FullUrl is not null)
        {
            yield return FullUrl;
        }
    }
}
