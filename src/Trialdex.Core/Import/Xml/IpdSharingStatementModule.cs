using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Trialdex.Core.Import.Xml;

/// <summary>Maps patient_data to the v2 <c>ipdSharingStatementModule</c>.</summary>
internal static class IpdSharingStatementModule
{
    public static JsonObject? Map(XElement study)
    {
        if (study.Element("patient_data") is not { } data)
        {
            return null;
        }

        var module = new JsonObject();
        module.Put("ipdSharing", LegacyEnums.IpdSharing.Map(data.Element("sharing_ipd")));
        module.Put("description", data.Text("ipd_description"));
        module.Put("infoTypes", JsonFields.Strings(data.Elements("ipd_info_type").Select(LegacyEnums.IpdInfoType.Map).OfType<string>()));
        return module.Texts(data, ("timeFrame", "ipd_time_frame"), ("accessCriteria", "ipd_access_criteria"), ("url", "ipd_url"));
    }
}
