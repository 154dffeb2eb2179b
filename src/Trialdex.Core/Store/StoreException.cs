namespace Trialdex.Core.Store;

/// <summary>Why a store operation failed, in words a user can act on.</summary>
public enum StoreFailure
{
    /// <summary>Any other failure.</summary>
    Other,

    /// <summary>Another process holds the database; trying again later may work.</summary>
    Locked,

    /// <summary>The file is not a Trialdex database or is damaged.</summary>
    Corrupt,

    /// <summary>The database was made by a newer Trialdex.</summary>
    TooNew,
}

/// <summary>The one exception type stores throw; <see cref="IsTransient"/> says whether a retry can help.</summary>
public sealed class StoreException : Exception
{
    public StoreException(StoreFailure failure, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
    }

    public StoreFailure Failure { get; }

    public bool IsTransient => Failure == StoreFailure.Locked;
}
