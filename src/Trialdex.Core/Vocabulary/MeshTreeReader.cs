namespace Trialdex.Core.Vocabulary;

/// <summary>
/// Streams a MeSH tree file, one line "C13.351.500.852.593&lt;TAB&gt;Gynatresia" at a time, each line becoming a
/// descriptor with that heading and tree number (and no id unless a header names an id column). Blank lines are
/// skipped; a first line that is not a tree number is a header; any other malformed line is an error naming it.
/// </summary>
internal static class MeshTreeReader
{
    public static IEnumerable<MeshDescriptor> Read(Stream stream, string source)
    {
        using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        MeshTreeColumns? columns = null;
        var lineNumber = 0L;
        while (text.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                throw Error(source, lineNumber, "the line has no TAB; a tree file has lines 'C13.351<TAB>Heading'");
            }

            if (columns is null && !MeshTreeNumber.IsValid(fields[0].Trim()))
            {
                columns = MeshTreeColumns.FromHeader(fields) ?? throw Error(source, lineNumber,
                    $"'{fields[0].Trim()}' is not a MeSH tree number, and the line is not a header naming a tree number and a heading column");
                continue;
            }

            columns ??= MeshTreeColumns.Default;
            yield return Parse(fields, columns, source, lineNumber);
        }
    }

    private static MeshDescriptor Parse(string[] fields, MeshTreeColumns columns, string source, long lineNumber)
    {
        if (fields.Length < columns.Width)
        {
            throw Error(source, lineNumber, $"the line has {fields.Length} columns; {columns.Width} are expected");
        }

        var treeNumber = fields[columns.TreeNumber].Trim();
        var heading = fields[columns.Heading].Trim();
        if (!MeshTreeNumber.IsValid(treeNumber))
        {
            throw Error(source, lineNumber, $"'{treeNumber}' is not a MeSH tree number such as C13.351.500");
        }

        if (heading.Length == 0)
        {
            throw Error(source, lineNumber, $"tree number {treeNumber} has no heading");
        }

        var id = columns.Id is { } idColumn ? fields[idColumn].Trim() : "";
        return new MeshDescriptor(id, heading, [], [treeNumber]);
    }

    private static VocabularyFormatException Error(string source, long line, string reason) => new(source, line, null, reason);
}
