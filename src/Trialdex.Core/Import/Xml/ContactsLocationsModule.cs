
namespace Trialdex.Core.Import.Xml;

/// <summary>
/// Maps overall_contact(_backup), overall_official and location to the v2 <c>contactsLocationsModule</c>.
/// The XML has no coordinates, so locations carry no geoPoint.
/// </summary>
internal static class ContactsLocationsModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        json.Objects("centralContacts", study.Elements("overall_contact").Concat(study.Elements("overall_contact_backup")), Contact);
        json.Objects("overallOfficials", study.Elements("overall_official"), Official);
        json.Objects("locations", study.Elements("location"), Location);
    }

    private static void Location(V2JsonWriter json, RecordElement location)
    {
        var facility = location.Element("facility");
        json.String("facility", facility?.Text("name"));
        json.String("status", LegacyEnums.LocationStatus.Map(location.Element("status")));
        json.Texts(facility?.Element("address"), ("city", "city"), ("state", "state"), ("zip", "zip"), ("country", "country"));
        json.Array("contacts");
        foreach (var contact in location.Elements("contact").Concat(location.Elements("contact_backup")))
        {
            json.Item();
            Contact(json, contact);
            json.End();
        }

        foreach (var investigator in location.Elements("investigator"))
        {
            json.Item();
            json.String("name", Name(investigator));
            json.String("role", LegacyEnums.Role.Map(investigator.Element("role")));
            json.End();
        }

        json.End();
    }

    /// <summary>A contact's role, CONTACT, follows its name and goes only in a contact that has something else.</summary>
    private static void Contact(V2JsonWriter json, RecordElement contact)
    {
        var name = Name(contact);
        var phone = contact.Text("phone");
        var phoneExt = contact.Text("phone_ext");
        var email = contact.Text("email");
        if (name is null && phone is null && phoneExt is null && email is null)
        {
            return;
        }

        json.String("name", name);
        json.String("role", "CONTACT");
        json.String("phone", phone);
        json.String("phoneExt", phoneExt);
        json.String("email", email);
    }

    private static void Official(V2JsonWriter json, RecordElement official)
    {
        json.String("name", Name(official));
        json.String("affiliation", official.Text("affiliation"));
        json.String("role", LegacyEnums.Role.Map(official.Element("role")));
    }

    /// <summary>"First Middle Last, Degrees"; current records put the whole name in last_name.</summary>
    private static string? Name(RecordElement person)
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
