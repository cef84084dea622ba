using Auth.Application.Abstractions;
using Auth.Application.OneTimePasswords;
using Auth.Application.Sessions;
using Auth.Application.Users;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using MapsterMapper;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// Everything a handler needs: in-memory stores, fake security ports, an outbox, a fake clock, the real shared
/// services (<see cref="SessionStarter"/>, <see cref="OtpSender"/>,
/// <see cref="OtpVerifier"/>) and the mapper of <see cref="DependencyInjection.AddApplication"/>.
/// </summary>
public sealed class HandlerFixture
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public HandlerFixture(AuthSettings? settings = null)
    {
        Settings = settings ?? new AuthSettings();
        Mapper = ApplicationServices.Mapper;
        SessionStarter = new SessionStarter(Sessions, OpaqueTokens, AccessTokens, Settings, Mapper);
        OtpSender = new OtpSender(Otps, CodeGenerator, CodeHasher, Mail, Settings);
        SignInCompletion = new SignInCompletion(SessionStarter, Challenges, OpaqueTokens, OtpSender);
        CredentialCheck = new CredentialCheck(Users, Hasher);
        OtpVerifier = new OtpVerifier(Otps, CodeHasher);
        SecondFactorCodes = new SecondFactorCodes(Totp, new FakeProviderTokenProtector(), RecoveryCodeHasher);
    }

    public static CancellationToken Ct => CancellationToken.None;

    public FakeTimeProvider Clock { get; } = new(Start);

    public DateTimeOffset Now => Clock.GetUtcNow();

    public AuthSettings Settings { get; }

    public InMemoryUserRepository Users { get; } = new();

    public InMemoryOtpRepository Otps { get; } = new();

    public InMemorySessionRepository Sessions => _sessions ??= new(Users);

    private InMemorySessionRepository? _sessions;

    public InMemorySignInChallengeRepository Challenges { get; } = new();

    public IReadOnlyList<RefreshToken> AllRefreshTokens => Sessions.All.SelectMany(s => s.RefreshTokens).ToList();

    public FakePasswordHasher Hasher { get; } = new();

    public FixedOtpCodeGenerator CodeGenerator { get; } = new();

    public FakeOtpCodeHasher CodeHasher { get; } = new();

    public CountingOpaqueTokenGenerator OpaqueTokens { get; } = new();

    public FakeAccessTokenIssuer AccessTokens { get; } = new();

    public RecordingMailOutbox Mail { get; } = new();

    public IMapper Mapper { get; }

    public SessionStarter SessionStarter { get; }

    public OtpSender OtpSender { get; }

    public SignInCompletion SignInCompletion { get; }

    public FakeTotpAuthenticator Totp { get; } = new();

    public FakeRecoveryCodeHasher RecoveryCodeHasher { get; } = new();

    public SecondFactorCodes SecondFactorCodes { get; }

    public CredentialCheck CredentialCheck { get; }

    public OtpVerifier OtpVerifier { get; }

    public User Given(UserBuilder builder)
    {
        var user = builder.Build(Now);
        Users.Add(user);
        return user;
    }

    /// <summary>A code of <paramref name="type"/> issued now for the user's email, as if it had been mailed.</summary>
    public Otp GivenCodeSent(User user, OtpType type, string code = FixedOtpCodeGenerator.DefaultCode) =>
        GivenCodeSent(user.Email.Value, type, code);

    public Otp GivenCodeSent(string email, OtpType type, string code = FixedOtpCodeGenerator.DefaultCode)
    {
        var address = EmailAddress.Create(email).Value;
        var previous = Otps.Latest(address, type);
        var otp = Otp.Issue(address, type, CodeHasher.Hash(address, type, code), previous, Settings.Otp, Now).Value;
        Otps.Add(otp);
        return otp;
    }

    /// <summary>A token-mode sign-in of the user, started now.</summary>
    public async Task<TokenPair> GivenSignedInWithTokensAsync(User user, ClientInfo? client = null)
    {
        var outcome = await SessionStarter.StartAsync(user, SignInMode.Token, client ?? ClientInfo.Unknown, Now, Ct);
        return outcome.Tokens!;
    }

    /// <summary>A session-mode sign-in of the user, started now.</summary>
    public async Task<SessionTokenGrant> GivenSignedInWithSessionTokenAsync(User user)
    {
        var outcome = await SessionStarter.StartAsync(user, SignInMode.Session, ClientInfo.Unknown, Now, Ct);
        return outcome.Session!;
    }

    public Session SessionOf(TokenPair tokens) => Sessions.Get(tokens.SessionId);

    public Session SessionOf(SessionTokenGrant grant) => Sessions.Get(grant.SessionId);
}
