using System.Globalization;
using System.Text;
using System.Xml;
using Trialdex.Core.Studies;
using Trialdex.Web.Features.Layout;
using Trialdex.Web.Features.Trials;

namespace Trialdex.Web.Features.Search;

/// <summary>A search as an Atom feed (RFC 4287): the matching trials, most recently updated first.</summary>
internal static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static string Write(string title, Uri searchUrl, Uri feedUrl, Uri siteUrl, IReadOnlyList<LoadedStudy> studies)
    {
        var entries = studies.Select(s => (Study: s, Updated: Updated(s))).ToList();
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            const string Atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("id", Atom, feedUrl.AbsoluteUri);
            xml.WriteElementString("updated", Atom, Date(entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch));
            Link(xml, "self", feedUrl, "application/atom+xml");
            Link(xml, "alternate", searchUrl, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "Trialdex");
            xml.WriteEndElement();
            foreach (var (study, updated) in entries)
            {
                var page = study.Page;
                var url = new Uri(siteUrl, TrialPages.Url(page.Id));
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, page.Title);
                xml.WriteElementString("id", Atom, url.AbsoluteUri);
                xml.WriteElementString("updated", Atom, Date(updated));
                Link(xml, "alternate", url, "text/html");
                if (page.Sponsor is not null)
                {
                    xml.WriteStartElement("author", Atom);
                    xml.WriteElementString("name", Atom, page.Sponsor);
                    xml.WriteEndElement();
                }

                var facts = new[] { page.Status?.Text, string.Join(", ", page.Phases), string.Join(", ", page.Conditions) }.Where(f => !string.IsNullOrEmpty(f));
                xml.WriteElementString("summary", Atom, string.Join(" · ", facts) + (page.About is null ? "" : "\n\n" + page.About));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static DateTimeOffset Updated(LoadedStudy study) =>
        study.Study.ProtocolSection?.StatusModule?.LastUpdatePostDateStruct?.Date is { } date
            ? new DateTimeOffset(date.Year, date.Month ?? 1, date.Day ?? 1, 0, 0, 0, TimeSpan.Zero)
            : study.Stored.ImportedAt;

    private static string Date(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string rel, Uri href, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }
}
