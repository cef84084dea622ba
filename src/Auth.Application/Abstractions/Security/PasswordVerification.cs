namespace Auth.Application.Abstractions.Security;

public enum PasswordVerification
{
    Failed,
    Succeeded,

    /// <summary>Right password, but the hash uses older parameters: store a fresh hash.</summary>
    SucceededRehashNeeded,
}
