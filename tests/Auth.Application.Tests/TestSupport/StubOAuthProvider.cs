using Auth.Application.Abstractions.OAuth;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>A provider that answers what the test says and remembers what it was asked.</summary>
public sealed class StubOAuthProvider(AuthProvider provider) : IOAuthProvider
{
    private readonly List<OAuthCodeRedemption> _redemptions = [];

    public AuthProvider Provider => provider;

    public OAuthAuthorizationRequest? LastAuthorization { get; private set; }

    public IReadOnlyList<OAuthCodeRedemption> Redemptions => _redemptions;

    /// <summary>What redeeming a code yields; set by the test.</summary>
    public Result<ProviderSignInResult>? Answer { get; set; }

    public Uri BuildAuthorizationUri(OAuthAuthorizationRequest request)
    {
        LastAuthorization = request;
        return new Uri($"https://{provider.ToWireName()}.test/authorize?state={request.State}&code_challenge={request.CodeChallenge}");
    }

    public Task<Result<ProviderSignInResult>> RedeemCodeAsync(OAuthCodeRedemption redemption, CancellationToken cancellationToken)
    {
        _redemptions.Add(redemption);
        return Task.FromResult(Answer ?? throw new InvalidOperationException("The test did not say what the provider answers."));
    }
}
