namespace Trialdex.Cli;

/// <summary>The process exit codes, one per outcome a script may want to tell apart.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadArguments = 2;
    public const int FileNotFound = 3;
    public const int StudyNotFound = 4;
    public const int DatabaseLocked = 5;
    public const int DatabaseCorrupt = 6;
    public const int DatabaseTooNew = 7;
    public const int NothingImported = 8;
    public const int InvalidInputFile = 9;
    public const int Cancelled = 130;
}
