namespace Trialdex.Core.Geo;

/// <summary>
/// A gazetteer data file that cannot be read: a missing or unknown header, a line with the wrong number of
/// fields, a coordinate or population that is not a number in range, a reference to an undeclared country, or
/// a damaged gzip stream. The message names the file, the line and the reason.
/// </summary>
public sealed class GazetteerFormatException : Exception
{
    public GazetteerFormatException()
    {
    }

    public GazetteerFormatException(string message)
        : base(message)
    {
    }

    public GazetteerFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GazetteerFormatException(string fileName, long? line, string reason, Exception? innerException = null)
        : base(line is null ? $"{fileName}: {reason}" : $"{fileName}, line {line}: {reason}", innerException)
    {
        FileName = fileName;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file (as its path was given) or stream name.</summary>
    public string? FileName { get; }

    /// <summary>The line of the problem, from 1, when known.</summary>
    public long? Line { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string? Reason { get; }
}
