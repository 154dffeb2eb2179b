namespace Trialdex.Core.Tests.Eligibility.Units;

/// <summary>The golden unit tables in Cases/Constraints: non-comment lines "input ⇒ expected".</summary>
internal static class UnitTables
{
    public static TheoryData<string, string> Read(string fileName)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", "Constraints", fileName)))
        {
            var arrow = line.IndexOf(" ⇒ ", StringComparison.Ordinal);
            if (line.Length > 0 && !line.StartsWith('#') && arrow > 0)
            {
                data.Add(line[..arrow], line[(arrow + 3)..]);
            }
        }

        return data;
    }
}
