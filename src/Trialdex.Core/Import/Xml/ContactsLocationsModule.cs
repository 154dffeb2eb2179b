using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps overall_contact(_backup), overall_official and location to the v2 <c>contactsLocationsModule</c>.
/// The XML has no coordinates, so locations carry no geoPoint.
/// </summary>
internal static class ContactsLocationsModule
{
    public static JsonObject Map(XElement study)
    {
        var module = new JsonObject();
        module.Put("centralContacts", JsonFields.Objects(study.Elements("overall_contact").Concat(study.Elements("overall_contact_backup")), Contact));
        module.Put("overallOfficials", JsonFields.Objects(study.Elements("overall_official"), Official));
        module.Put("locations", JsonFields.Objects(study.Elements("location"), Location));
        return module;
    }

    private static JsonObject Location(XElement location)
    {
        var facility = location.Element("facility");
        var result = new JsonObject();
        result.Put("facility", facility?.Text("name"));
        result.Put("status", LegacyEnums.LocationStatus.Map(location.Element("status")));
        result.Texts(facility?.Element("address"), ("city", "city"), ("state", "state"), ("zip", "zip"), ("country", "country"));
        var people = location.Elements("contact").Concat(location.Elements("contact_backup")).Select(Contact)
            .Concat(location.Elements("investigator").Select(Investigator));
        result.Put("contacts", JsonFields.Objects(people));
        return result;
    }

    private static JsonObject Contact(XElement contact)
    {
        var result = new JsonObject();
        result.Put("name", Name(contact));
        result.Texts(contact, ("phone", "phone"), ("phoneExt", "phone_ext"), ("email", "email"));
        if (result.Count > 0)
        {
            result.Insert(result.ContainsKey("name") ? 1 : 0, "role", "CONTACT");
        }

        return result;
    }

    private static JsonObject Investigator(XElement investigator)
    {
        var result = new JsonObject();
        result.Put("name", Name(investigator));
        result.Put("role", LegacyEnums.Role.Map(investigator.Element("role")));
        return result;
    }

    private static JsonObject Official(XElement official)
    {
        var result = new JsonObject();
        result.Put("name", Name(official));
        result.Put("affiliation", official.Text("affiliation"));
        result.Put("role", LegacyEnums.Role.Map(official.Element("role")));
        return result;
    }

    /// <summary>"First Middle Last, Degrees"; current records put the whole name in last_name.</summary>
    private static string? Name(XElement person)
    {
        var name = string.Join(' ', new[] { person.Text("first_name"), person.Text("middle_name"), person.Text("last_name") }.OfType<string>());
        var degrees = person.Text("degrees");
        return (name.Length, degrees) switch
        {
            (0, null) => null,
            (0, _) => degrees,
            (_, null) => name,
            _ => $"{name}, {degrees}",
        };
    }
}
