using System.Globalization;
using System.Text.Json;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>The resources of a bundle's entries, in order.</summary>
internal static class FhirBundle
{
    public static List<FhirResource> Resources(JsonElement bundle, ReadProblems problems)
    {
        var resources = new List<FhirResource>();
        if (FhirJson.Property(bundle, "entry") is { } entries && entries.ValueKind != JsonValueKind.Array)
        {
            problems.Error("Bundle.entry", "expected an array of entries");
            return resources;
        }

        var index = 0;
        foreach (var entry in FhirJson.Array(bundle, "entry"))
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"Bundle.entry[{index}]");
            if (FhirJson.Object(entry, "resource") is not { } resource)
            {
                problems.Warning(where, "the entry has no resource");
            }
            else if (FhirJson.String(resource, "resourceType") is not { } type)
            {
                problems.Warning(where, "the resource has no resourceType");
            }
            else
            {
                resources.Add(new FhirResource(resource, type, FhirJson.String(resource, "id"), index, FhirJson.String(entry, "fullUrl")));
            }

            index++;
        }

        if (index == 0)
        {
            problems.Warning("Bundle", "the bundle has no entries");
        }

        return resources;
    }
}
