namespace Trialdex.Core.Studies.Page;

/// <summary>A person to contact, with the name as the record gives it ("Xiaoxi Huang, PHD").</summary>
/// <param name="Name">The name, with any degree or title the record puts in it.</param>
/// <param name="Role">"Contact", "Principal Investigator"; null when the record gives none.</param>
/// <param name="Phone">The phone number, with " ext. " and the extension when there is one.</param>
/// <param name="Email">The e-mail address.</param>
public sealed record PageContact(string? Name, string? Role, string? Phone, string? Email)
{
    internal static PageContact From(Contact contact) =>
        new(contact.Name,
            contact.Role is { } role ? EnumText.Display(role) : null,
            string.IsNullOrWhiteSpace(contact.PhoneExt) ? contact.Phone : $"{contact.Phone} ext. {contact.PhoneExt}",
            contact.Email);
}
