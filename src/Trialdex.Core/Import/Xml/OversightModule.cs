
namespace Trialdex.Core.Import.Xml;

/// <summary>Maps oversight_info's Yes/No flags to the v2 <c>oversightModule</c> booleans.</summary>
internal static class OversightModule
{
    public static void Write(V2JsonWriter json, RecordElement study)
    {
        if (study.Element("oversight_info") is not { } info)
        {
            return;
        }

        json.Flags(
            info,
            ("oversightHasDmc", "has_dmc"),
            ("isFdaRegulatedDrug", "is_fda_regulated_drug"),
            ("isFdaRegulatedDevice", "is_fda_regulated_device"),
            ("isUnapprovedDevice", "is_unapproved_device"),
            ("isPpsd", "is_ppsd"),
            ("isUsExport", "is_us_export"));
    }
}
