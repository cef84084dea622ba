namespace Auth.Application.Abstractions.Security;

/// <summary>Refresh and session tokens: 256 random bits for the client, only a SHA-256 hash for the store.</summary>
public interface IOpaqueTokenGenerator
{
    OpaqueToken Generate();

    string Hash(string token);
}
