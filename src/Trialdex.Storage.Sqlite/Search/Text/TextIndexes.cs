using Microsoft.Data.Sqlite;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;

namespace Trialdex.Storage.Sqlite.Search.Text;

/// <summary>
/// The store's text indexes: a <see cref="StoreSnapshots{T}"/> of <see cref="TextIndex"/>, each built from the
/// stored studies as committed (their JSON decoded and their searchable text tokenized as the writer gave it to FTS5),
/// on every core, in the background like the facet snapshot.
/// </summary>
internal static class TextIndexes
{
    public static StoreSnapshots<TextIndex> Open(string path) => new(path, Read, index => index.Bytes);

    private static TextIndex Read(SqliteConnection connection) =>
        TextIndex.Build(Rows(connection), row => (row.Id, StudyText.Of(StudyJson.Parse(StoredCompression.Decompress(row.Json)))), Environment.ProcessorCount);

    private static IEnumerable<(int Id, byte[] Json)> Rows(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, json FROM study_documents ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (checked((int)reader.GetInt64(0)), (byte[])reader.GetValue(1));
        }
    }
}
