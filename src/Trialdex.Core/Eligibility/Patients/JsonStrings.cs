using System.Text.Json;

namespace Trialdex.Core.Eligibility.Patients;

/// <summary>
/// Finds strings that System.Text.Json parses but cannot return: an escaped lone surrogate ("\ud800") makes
/// <see cref="JsonElement.GetString"/> throw. The readers check a document once with this before reading it.
/// </summary>
internal static class JsonStrings
{
    /// <summary>True when every string and property name of the element can be read as .NET text.</summary>
    public static bool AreReadable(JsonElement element)
    {
        try
        {
            return Check(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Check(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                return true;
            case JsonValueKind.Array:
                return element.EnumerateArray().All(Check);
            case JsonValueKind.Object:
                return element.EnumerateObject().All(property => property.Name.Length >= 0 && Check(property.Value));
            default:
                return true;
        }
    }
}
