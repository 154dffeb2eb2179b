
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps patient_data to the v2 <c>ipdSharingStatementModule</c>.</summary>
internal static class IpdSharingStatementModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        if (study.Element("patient_data") is not { } data)
        {
            return;
        }

        json.String("ipdSharing", LegacyEnums.IpdSharing.Map(data.Element("sharing_ipd")));
        json.String("description", data.Text("ipd_description"));
        json.Strings("infoTypes", data.Elements("ipd_info_type").Select(LegacyEnums.IpdInfoType.Map).OfType<string>());
        json.Texts(data, ("timeFrame", "ipd_time_frame"), ("accessCriteria", "ipd_access_criteria"), ("url", "ipd_url"));
    }
}
