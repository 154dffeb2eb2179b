using System.Globalization;

namespace Trialdex.Core.Studies.Page;

/// <summary>The record's dates as a trial page writes them: "October 2017 (estimated)", "March 5, 2021", "2019".</summary>
public sealed record RecordDates
{
    public string? FirstPosted { get; init; }

    public string? LastUpdate { get; init; }

    public string? Start { get; init; }

    public string? PrimaryCompletion { get; init; }

    public string? Completion { get; init; }

    internal static RecordDates From(StatusModule? status) =>
        status is null ? new() : new()
        {
            FirstPosted = Text(status.StudyFirstPostDateStruct),
            LastUpdate = Text(status.LastUpdatePostDateStruct),
            Start = Text(status.StartDateStruct),
            PrimaryCompletion = Text(status.PrimaryCompletionDateStruct),
            Completion = Text(status.CompletionDateStruct),
        };

    private static string? Text(DateStruct? date) =>
        date?.Date is { } when ? Text(when) + (date.Type == DateType.Estimated ? " (estimated)" : "") : null;

    private static string Text(PartialDate date) =>
        (date.Month, date.Day) switch
        {
            ({ } month, { } day) => new DateOnly(date.Year, month, day).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            ({ } month, null) => new DateOnly(date.Year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => date.Year.ToString(CultureInfo.InvariantCulture),
        };
}
