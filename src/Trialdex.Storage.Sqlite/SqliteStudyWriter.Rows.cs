using System.Globalization;
using Trialdex.Core.Eligibility.Constraints;
using Trialdex.Core.Import;
using Trialdex.Core.Store;

namespace Trialdex.Storage.Sqlite;

internal sealed partial class SqliteStudyWriter
{
    private const string StudyColumns =
        "json_sha256, source_format, source_file, source_position, imported_at, brief_title, official_title, acronym, " +
        "overall_status, phases, study_type, sex, min_age_days, max_age_days, healthy_volunteers, lead_sponsor, lead_sponsor_class, " +
        "collaborator_classes, std_ages, start_date, primary_completion_date, completion_date, first_posted_date, last_update_posted_date, " +
        "enrollment, enrollment_type, has_results, countries";

    private static readonly string[] ChildTables =
        ["study_phases", "study_conditions", "study_keywords", "study_interventions", "study_arm_groups", "study_locations", "study_identifiers", "study_mesh_terms"];

    private static readonly string InsertSql =
        $"INSERT INTO studies (nct_id, {StudyColumns}) VALUES ({Placeholders(29)}) RETURNING id";

    private static readonly string FtsInsertSql =
        $"INSERT INTO study_fts (rowid, {FtsColumns.List}) VALUES ({Placeholders(StudyText.Fields.Count + 1)})";

    private static readonly string UpdateSql =
        $"UPDATE studies SET ({StudyColumns}) = ({Placeholders(28, first: 2)}) WHERE id = ?1";

    public void Insert(StudyDocument document, StudyIndexRow row, byte[] hash, string importedAt)
    {
        var insert = Statement(InsertSql);
        insert.Execute([document.NctId, .. StudyValues(document, row, hash, importedAt)]);
        var id = insert.Int64(0);
        insert.Finish();
        Run("INSERT INTO study_documents (id, json, original_document, parsed_criteria, criteria_parser_version) VALUES (?1, ?2, ?3, ?4, ?5)",
            id, document.CompressedJson, document.CompressedOriginal, document.CompressedCriteria, document.CriteriaStamp);
        InsertChildren(id, row);
    }

    public void Replace(long id, StudyDocument document, StudyIndexRow row, byte[] hash, string importedAt)
    {
        Run(UpdateSql, [id, .. StudyValues(document, row, hash, importedAt)]);
        Run("UPDATE study_documents SET json = ?2, original_document = ?3, parsed_criteria = ?4, criteria_parser_version = ?5 WHERE id = ?1",
            id, document.CompressedJson, document.CompressedOriginal, document.CompressedCriteria, document.CriteriaStamp);
        foreach (var table in ChildTables)
        {
            Run($"DELETE FROM {table} WHERE study_id = ?1", id);
        }

        _fullText.Add((id, null));
        InsertChildren(id, row);
    }

    private static object?[] StudyValues(StudyDocument document, StudyIndexRow row, byte[] hash, string importedAt) =>
    [
        hash, SourceFormats.Name(document.Format), document.SourceFile, document.SourcePosition, importedAt,
        row.BriefTitle, row.OfficialTitle, row.Acronym, row.OverallStatus, string.Join(' ', row.Phases), row.StudyType, row.Sex,
        row.MinimumAgeDays, row.MaximumAgeDays, row.HealthyVolunteers, row.LeadSponsor, row.LeadSponsorClass,
        string.Join(' ', row.CollaboratorClasses), string.Join(' ', row.StdAges),
        Iso(row.StartDate), Iso(row.PrimaryCompletionDate), Iso(row.CompletionDate), Iso(row.FirstPostedDate), Iso(row.LastUpdatePostedDate),
        row.Enrollment, row.EnrollmentType, row.HasResults, string.Join('\n', row.Countries),
    ];

    private void InsertChildren(long id, StudyIndexRow row)
    {
        foreach (var phase in row.Phases)
        {
            Run("INSERT INTO study_phases (study_id, phase) VALUES (?1, ?2)", id, phase);
        }

        for (var i = 0; i < row.Conditions.Count; i++)
        {
            Run("INSERT INTO study_conditions (study_id, position, name) VALUES (?1, ?2, ?3)", id, i, row.Conditions[i]);
        }

        for (var i = 0; i < row.Keywords.Count; i++)
        {
            Run("INSERT INTO study_keywords (study_id, position, keyword) VALUES (?1, ?2, ?3)", id, i, row.Keywords[i]);
        }

        for (var i = 0; i < row.Interventions.Count; i++)
        {
            var x = row.Interventions[i];
            Run("INSERT INTO study_interventions (study_id, position, type, name, description, other_names) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                id, i, x.Type, x.Name, x.Description, string.Join('\n', x.OtherNames));
        }

        for (var i = 0; i < row.ArmGroups.Count; i++)
        {
            var a = row.ArmGroups[i];
            Run("INSERT INTO study_arm_groups (study_id, position, label, type, description) VALUES (?1, ?2, ?3, ?4, ?5)", id, i, a.Label, a.Type, a.Description);
        }

        for (var i = 0; i < row.Locations.Count; i++)
        {
            var l = row.Locations[i];
            Run("INSERT INTO study_locations (study_id, position, facility, city, state, zip, country, status, latitude, longitude, geo_approximate) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                id, i, l.Facility, l.City, l.State, l.Zip, l.Country, l.Status, l.Latitude, l.Longitude, l.Approximate);
        }

        foreach (var s in row.SecondaryIds)
        {
            Run("INSERT INTO study_identifiers (study_id, identifier, type, domain) VALUES (?1, ?2, ?3, ?4)", id, s.Id, s.Type, s.Domain);
        }

        foreach (var m in row.MeshTerms)
        {
            Run("INSERT INTO study_mesh_terms (study_id, kind, mesh_id, term, is_ancestor) VALUES (?1, ?2, ?3, ?4, ?5)",
                id, m.Kind == MeshTermKind.Condition ? "condition" : "intervention", m.MeshId, m.Term, m.IsAncestor);
        }

        _fullText.Add((id, row.Text));
    }

    /// <summary>
    /// Writes the batch's full-text changes, in order, one after another. FTS5 keeps inserted text in memory until
    /// it is flushed as a new index segment, and any other write statement flushes it (its statement savepoint
    /// does), so interleaving the text with each study's rows made one segment per study and merging them cost
    /// more than all the other rows together. Called once, just before the batch commits.
    /// </summary>
    public void WriteFullText()
    {
        foreach (var (id, text) in _fullText)
        {
            if (text is null)
            {
                Run("DELETE FROM study_fts WHERE rowid = ?1", id);
            }
            else
            {
                Run(FtsInsertSql, [id, .. text.Values]);
            }
        }

        _fullText.Clear();
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Placeholders(int count, int first = 1) =>
        string.Join(", ", Enumerable.Range(first, count).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture)));
}
