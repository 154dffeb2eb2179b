using System.Net;
using System.Text.RegularExpressions;

namespace Trialdex.Web.Tests.Pages;

/// <summary><c>/qualify</c>, "Could I qualify?", through the real pipeline over the bundled sample trials.</summary>
public sealed class QualifyPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    internal static async Task<(HttpResponseMessage Response, string Html)> PostAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(new Uri("/qualify", UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}\n{html}");
        PageHtml.AssertSecurityHeaders(response);
        PageHtml.AssertNoInlineCode(html);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (response, html);
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    /// <summary>The ranked trials' ids, in page order.</summary>
    private static List<string> Ranked(string html) =>
        [.. Regex.Matches(html, "<li class=\"result qualify-trial\">\\s*<h3><a href=\"/trial/([A-Za-z0-9-]+)\"").Select(m => m.Groups[1].Value)];

    /// <summary>The verdict paragraph of one ranked trial.</summary>
    private static string VerdictOf(string html, string id)
    {
        var start = html.IndexOf($"<h3><a href=\"/trial/{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{id} is not among the results");
        var verdict = Regex.Match(html[start..], "<p class=\"verdict verdict-(?<css>[a-z]+)\">(?<text>.*?)</p>", RegexOptions.Singleline);
        return verdict.Groups["css"].Value + ": " + Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(verdict.Groups["text"].Value, "<[^>]+>", "")), @"\s+", " ").Trim();
    }

    [Fact]
    public async Task The_form_posts_to_itself_with_recruiting_only_ticked_and_is_never_cached()
    {
        var (response, html) = await PageHtml.GetAsync(_client, "/qualify");

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("<form class=\"qualify-form\" action=\"/qualify\" method=\"post\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"recruiting\" value=\"on\" checked", html, StringComparison.Ordinal);
        Assert.Contains("This is a pre-screen, not medical advice.", html, StringComparison.Ordinal);
        Assert.Contains("Nothing you type is stored or logged.", html, StringComparison.Ordinal);
        GoldenHtml.Assert("qualify-form.html", PageHtml.MainElement(html));
    }

    [Fact]
    public async Task The_site_navigation_the_home_page_and_each_trial_page_link_to_the_page()
    {
        var (_, home) = await PageHtml.GetAsync(_client, "/");
        var (_, trial) = await PageHtml.GetAsync(_client, "/trial/NCT03033277");

        Assert.Contains("<li><a href=\"/qualify\">Could I qualify?</a></li>", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/qualify\">Could I qualify?", PageHtml.MainElement(home), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/qualify?trial=NCT03033277\">Could I qualify for this trial?</a>", trial, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_45_year_old_woman_is_told_the_20_to_40_trial_rules_her_out_naming_the_age_criterion()
    {
        var (_, html) = await PostAsync(_client, Form(("age", "45"), ("sex", "female"), ("conditions", "primary ovarian insufficiency"), ("radius", "100km")));

        Assert.Equal(["NCT03033277"], Ranked(html));
        Assert.Equal("not: ✗ You probably do not qualify because: Maximum age: 40 Years", VerdictOf(html, "NCT03033277"));
        GoldenHtml.Assert("qualify-poi-45.html", PageHtml.MainElement(html));
    }

    [Fact]
    public async Task A_45_year_old_woman_with_ashermans_syndrome_is_told_the_adhesions_trial_for_ages_20_to_40_rules_her_out()
    {
        var (_, html) = await PostAsync(_client, Form(("trial", "LOCAL-IUA-IPS-EXO"), ("age", "45"), ("sex", "female"), ("conditions", "Asherman's syndrome")));

        Assert.Equal(["LOCAL-IUA-IPS-EXO"], Ranked(html));
        Assert.Equal("not: ✗ You probably do not qualify because: Females aged 20-40 years with fertility desire", VerdictOf(html, "LOCAL-IUA-IPS-EXO"));
        Assert.Contains("<mark>aged 20-40 years</mark>", html, StringComparison.Ordinal);
        GoldenHtml.Assert("qualify-asherman-45.html", PageHtml.MainElement(html));
    }

    [Fact]
    public async Task Recruiting_only_unticked_screens_trials_of_every_status()
    {
        var (_, recruiting) = await PostAsync(_client, Form(("age", "30"), ("sex", "female"), ("conditions", "primary ovarian insufficiency"), ("recruiting", "on")));
        var (_, every) = await PostAsync(_client, Form(("age", "30"), ("sex", "female"), ("conditions", "primary ovarian insufficiency")));

        Assert.DoesNotContain("NCT03033277", Ranked(recruiting)); // its status is UNKNOWN
        Assert.Contains("NCT03033277", Ranked(every));
    }

    [Fact]
    public async Task A_male_patient_is_told_the_female_only_trials_exclude_him()
    {
        var (_, poi) = await PostAsync(_client, Form(("age", "30"), ("sex", "male"), ("conditions", "primary ovarian insufficiency")));
        var (_, iua) = await PostAsync(_client, Form(("trial", "LOCAL-IUA-IPS-EXO"), ("age", "30"), ("sex", "male")));

        Assert.Equal("not: ✗ You probably do not qualify because: Sex: female participants only", VerdictOf(poi, "NCT03033277"));
        Assert.Contains("<span aria-hidden=\"true\">✗</span> Not met</span>", poi, StringComparison.Ordinal);
        Assert.Equal("not: ✗ You probably do not qualify because: Females aged 20-40 years with fertility desire", VerdictOf(iua, "LOCAL-IUA-IPS-EXO"));
        Assert.Contains("<mark>Females</mark>", iua, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trial_page_link_screens_against_that_one_trial_only()
    {
        var (_, form) = await PageHtml.GetAsync(_client, "/qualify?trial=NCT05106972");
        Assert.Matches("<input type=\"hidden\" name=\"trial\" value=\"NCT05106972\" ?/?>", form);
        Assert.DoesNotContain("name=\"recruiting\"", form, StringComparison.Ordinal);

        var (_, html) = await PostAsync(_client, Form(("trial", "NCT05106972"), ("age", "45"), ("sex", "female"), ("conditions", "Asherman's syndrome")));

        Assert.Equal(["NCT05106972"], Ranked(html));
        Assert.StartsWith("possibly: ? You might qualify — we need to know:", VerdictOf(html, "NCT05106972"), StringComparison.Ordinal);
        GoldenHtml.Assert("qualify-one-trial.html", PageHtml.MainElement(html));
    }

    [Fact]
    public async Task An_unknown_trial_is_not_found()
    {
        await PageHtml.GetAsync(_client, "/qualify?trial=NCT99999999", HttpStatusCode.NotFound);
        await PostAsync(_client, Form(("trial", "NCT99999999"), ("age", "45")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_pasted_note_is_read_and_its_words_are_quoted_as_evidence()
    {
        const string Note = "34-year-old woman with moderate intrauterine adhesions after curettage, wishes to conceive. Platelets 45 x10^9/L.";

        var (_, html) = await PostAsync(_client, Form(("note", Note)));

        Assert.Equal("not: ✗ You probably do not qualify because: Thrombocytopenia (platelets <50×10⁹/L)", VerdictOf(html, "LOCAL-IUA-IPS-EXO"));
        Assert.Contains("Checked with what we could read in your note", html, StringComparison.Ordinal);
        Assert.Contains("What we read from your note", html, StringComparison.Ordinal);
        Assert.Contains("<li>age 34 Years</li>", html, StringComparison.Ordinal);
        Assert.Contains("your note says “34-year-old”", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Matches("<mark>[^<]+</mark>", html);
        GoldenHtml.Assert("qualify-note.html", PageHtml.MainElement(html));
    }

    [Fact]
    public async Task What_the_note_reader_could_not_find_is_said_beside_the_note_and_the_trials_are_still_screened()
    {
        var (_, html) = await PostAsync(_client, Form(("note", "Intrauterine adhesions after curettage. Platelets 45 x10^9/L.")));

        Assert.Contains("<h2 id=\"form-errors-title\">Some of what you gave could not be read</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"field-errors\" id=\"note-error\"><li>No age found.</li><li>No sex found.</li></ul>", html, StringComparison.Ordinal);
        Assert.Contains("LOCAL-IUA-IPS-EXO", Ranked(html));
    }

    [Theory]
    [InlineData("age", "forty", "age", "Enter the age as a whole number of years from 0 to 120.")]
    [InlineData("age", "130", "age", "Enter the age as a whole number of years from 0 to 120.")]
    [InlineData("ecog", "5", "ecog", "Choose an ECOG score from 0 to 4, or leave it empty.")]
    [InlineData("place", "Nowhereville Zzyzx", "place", "No place called &#x27;Nowhereville Zzyzx&#x27; is known.")]
    [InlineData("note", "A 50-year-old man.", "note", "Give either the details above or a note, not both: clear the note or the details.")]
    public async Task A_field_that_cannot_be_read_is_shown_next_to_the_field_naming_what_is_wrong(string field, string value, string errorField, string message)
    {
        var fields = Form(("age", "45"), ("sex", "female"), ("conditions", "Asherman's syndrome"));
        fields[field] = value;

        var (_, html) = await PostAsync(_client, fields, HttpStatusCode.BadRequest);

        Assert.Matches($"id=\"{errorField}\"[^>]*aria-invalid=\"true\" aria-describedby=\"[^\"]*{errorField}-error\"", html);
        Assert.Contains($"<ul class=\"field-errors\" id=\"{errorField}-error\"><li>{message}</li></ul>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"form-errors-title\">Please check the form</h2>", html, StringComparison.Ordinal);
        Assert.Empty(Ranked(html));
        if (field != "note")
        {
            Assert.Contains(WebUtility.HtmlEncode(value), html, StringComparison.Ordinal); // what was typed is shown again to correct it
        }
    }

    [Fact]
    public async Task An_empty_form_asks_for_at_least_one_fact_or_a_note()
    {
        var (_, html) = await PostAsync(_client, Form(("radius", "100km"), ("recruiting", "on")), HttpStatusCode.BadRequest);

        Assert.Contains("Give at least an age, a sex or a condition, or paste a clinical note below.", html, StringComparison.Ordinal);
        GoldenHtml.Assert("qualify-empty.html", PageHtml.MainElement(html));
    }
}
