namespace Trialdex.Core.Import.Xml;

/// <summary>
/// A legacy ClinicalTrials.gov XML record that <see cref="LegacyXmlMapper"/> cannot turn into an API v2 study:
/// malformed XML, a missing required element, or a value with no API v2 counterpart. The message names
/// what is wrong and where (XML line and position, element name, offending value, NCT id when known),
/// so an importer can report the record and carry on with the next one.
/// </summary>
public sealed class LegacyXmlException : Exception
{
    public LegacyXmlException()
    {
    }

    public LegacyXmlException(string message)
        : base(message)
    {
    }

    public LegacyXmlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
