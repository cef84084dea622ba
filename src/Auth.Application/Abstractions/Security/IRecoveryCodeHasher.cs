using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Security;

/// <summary>Recovery codes: random, typable, shown once; stored only as a keyed hash bound to their user.</summary>
public interface IRecoveryCodeHasher
{
    /// <summary>A new code of at least 50 random bits, in groups easy to type (case and dashes do not matter when entered).</summary>
    string Generate();

    string Hash(UserId userId, string code);
}
