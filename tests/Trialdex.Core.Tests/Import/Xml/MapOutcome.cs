using Trialdex.Core.Import.Xml;

namespace Trialdex.Core.Tests.Import.Xml;

/// <summary>What a mapping entry gives for some bytes, as a comparable string: the JSON, or the exception's type and message.</summary>
internal static class MapOutcome
{
    /// <summary>Through <see cref="LegacyXmlMapper.MapToUtf8(Stream)"/>, the XmlReader path.</summary>
    public static string OfStream(byte[] xml) => Of(() => LegacyXmlMapper.MapToUtf8(new MemoryStream(xml, writable: false)));

    /// <summary>Through <see cref="LegacyXmlMapper.MapToUtf8(ReadOnlyMemory{byte})"/>, the fast path with XmlReader behind it.</summary>
    public static string OfBytes(byte[] xml) => Of(() => LegacyXmlMapper.MapToUtf8(xml.AsMemory()));

    private static string Of(Func<byte[]> map)
    {
        try
        {
            return Convert.ToBase64String(map());
        }
        catch (LegacyXmlException e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
