namespace Trialdex.Core.Import.Sources;

internal enum EntryKind { Other, Json, Xml, Zip, Directory }

/// <summary>What a file or zip entry holds, by its name.</summary>
internal static class EntryKinds
{
    public static EntryKind Of(string name)
    {
        if (name.EndsWith('/'))
        {
            return EntryKind.Directory;
        }

        var extension = Path.GetExtension(name).ToUpperInvariant();
        return extension switch
        {
            ".JSON" or ".NDJSON" or ".JSONL" => EntryKind.Json,
            ".XML" => EntryKind.Xml,
            ".ZIP" => EntryKind.Zip,
            _ => EntryKind.Other,
        };
    }
}
