using System.Text;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

/// <summary>The FTS5 column of each <see cref="TextField"/>: its name in snake case, in enum order.</summary>
internal static class FtsColumns
{
    public static string Name(TextField field)
    {
        var name = field.ToString();
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static string List { get; } = string.Join(", ", StudyText.Fields.Select(Name));
}
