namespace Trialdex.Core.Studies;

/// <summary>
/// A study record that is not valid API v2 JSON for the typed model: malformed JSON, an unknown enum value,
/// a date or age in another format. The message names the value and where it is.
/// </summary>
public sealed class StudyFormatException : Exception
{
    public StudyFormatException()
    {
    }

    public StudyFormatException(string message)
        : base(message)
    {
    }

    public StudyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StudyFormatException(string message, string? jsonPath, Exception? innerException = null)
        : base(message, innerException)
    {
        JsonPath = jsonPath;
    }

    /// <summary>Where in the document the problem is ("$.protocolSection.statusModule.overallStatus"), when known.</summary>
    public string? JsonPath { get; }
}
