using Microsoft.Data.Sqlite;

namespace Trialdex.Storage.Sqlite.Tests;

public sealed class PreparedStatementTests
{
    [Fact]
    public void Text_is_bound_exactly_whatever_its_length_and_characters_and_an_empty_string_stays_text()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (i INTEGER, v TEXT)";
            create.ExecuteNonQuery();
        }

        string[] values = ["", "a", "Syndrome de Sjögren — ≥1.1 ng/mL, 10⁹/L, 宫腔粘连", new string('x', 100_000) + "é", "before\0after", "short again"];
        using (var insert = new PreparedStatement(connection, "INSERT INTO t (i, v) VALUES (?1, ?2)"))
        {
            for (var i = 0; i < values.Length; i++)
            {
                insert.Execute((long)i, values[i]);
            }
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT v, typeof(v) FROM t ORDER BY i";
        using var reader = read.ExecuteReader();
        foreach (var value in values)
        {
            Assert.True(reader.Read());
            Assert.Equal(value, reader.GetString(0));
            Assert.Equal("text", reader.GetString(1));
        }
    }
}
