namespace Trialdex.Core.Vocabulary;

/// <summary>
/// A MeSH vocabulary file that cannot be read: malformed XML or JSON, a JSON document that is not an array of
/// descriptors, a tree line without a TAB, an empty file. The message names the file, the position and the reason.
/// </summary>
public sealed class VocabularyFormatException : Exception
{
    public VocabularyFormatException()
    {
    }

    public VocabularyFormatException(string message)
        : base(message)
    {
    }

    public VocabularyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public VocabularyFormatException(string fileName, long? line, long? column, string reason, Exception? innerException = null)
        : base(Describe(fileName, line, column, reason), innerException)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file (as its path was given) or stream name.</summary>
    public string? FileName { get; }

    /// <summary>The line of the problem, from 1, when known.</summary>
    public long? Line { get; }

    /// <summary>The column of the problem on its line, from 1 (characters for XML, bytes for JSON), when known.</summary>
    public long? Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string? Reason { get; }

    private static string Describe(string fileName, long? line, long? column, string reason) => (line, column) switch
    {
        (null, _) => $"{fileName}: {reason}",
        (_, null) => $"{fileName}, line {line}: {reason}",
        _ => $"{fileName}, line {line}, column {column}: {reason}",
    };
}
