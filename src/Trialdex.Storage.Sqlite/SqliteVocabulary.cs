using Microsoft.Data.Sqlite;
using Trialdex.Core.Search;
using Trialdex.Core.Vocabulary;

namespace Trialdex.Storage.Sqlite;

/// <summary>Writes and reads the MeSH vocabulary tables.</summary>
internal static class SqliteVocabulary
{
    public static VocabularySummary Replace(SqliteConnection connection, MeshVocabulary vocabulary)
    {
        using var transaction = connection.BeginTransaction();
        SqliteStudyStore.Execute(connection, "DELETE FROM mesh_entry_terms; DELETE FROM mesh_tree_numbers; DELETE FROM mesh_descriptors;");
        using var descriptor = new PreparedStatement(connection, "INSERT INTO mesh_descriptors (descriptor_id, name) VALUES (?1, ?2) RETURNING id");
        using var term = new PreparedStatement(connection, "INSERT INTO mesh_entry_terms (descriptor, term) VALUES (?1, ?2)");
        using var tree = new PreparedStatement(connection, "INSERT INTO mesh_tree_numbers (descriptor, tree_number) VALUES (?1, ?2)");
        long terms = 0, treeNumbers = 0;
        foreach (var d in vocabulary.Descriptors)
        {
            descriptor.Execute(d.Id, d.Name);
            var id = descriptor.Int64(0);
            descriptor.Finish();
            foreach (var entry in d.EntryTerms)
            {
                term.Execute(id, entry);
                terms++;
            }

            foreach (var number in d.TreeNumbers)
            {
                tree.Execute(id, number);
                treeNumbers++;
            }
        }

        transaction.Commit();
        return new VocabularySummary(vocabulary.Descriptors.Count, terms, treeNumbers);
    }

    public static MeshVocabulary? Load(SqliteConnection connection)
    {
        var terms = Lists(connection, "SELECT descriptor, term FROM mesh_entry_terms");
        var trees = Lists(connection, "SELECT descriptor, tree_number FROM mesh_tree_numbers");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, descriptor_id, name FROM mesh_descriptors";
        using var reader = command.ExecuteReader();
        var descriptors = new List<MeshDescriptor>();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            descriptors.Add(new MeshDescriptor(reader.GetString(1), reader.GetString(2), terms.GetValueOrDefault(id, []), trees.GetValueOrDefault(id, [])));
        }

        return descriptors.Count == 0 ? null : new MeshVocabulary(descriptors);
    }

    private static Dictionary<long, List<string>> Lists(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lists = new Dictionary<long, List<string>>();
        while (reader.Read())
        {
            var key = reader.GetInt64(0);
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return lists;
    }
}
