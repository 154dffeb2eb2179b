using Trialdex.Core.Import;
using Trialdex.Core.Store;
using Trialdex.Core.Studies;
using Trialdex.Core.Studies.Page;

namespace Trialdex.Web.Features.Layout;

/// <summary>Stored studies read for pages: the stored record, its typed reading and its plain-language page.</summary>
internal static class StoredStudies
{
    /// <summary>The study with this id (any case), or null when the id is malformed or unknown.</summary>
    public static async Task<LoadedStudy?> LoadAsync(IStudyStore store, string id, CancellationToken ct)
    {
        var normalized = StudyIds.Normalize(id);
        if (!StudyIds.IsValid(normalized) || await store.FindAsync(normalized, ct) is not { } stored)
        {
            return null;
        }

        var study = StudyJson.Parse(stored.Json.Span);
        return new LoadedStudy(stored, study, StudyPage.From(study));
    }
}

/// <summary>One stored study, read.</summary>
internal sealed record LoadedStudy(StoredStudy Stored, Study Study, StudyPage Page);
