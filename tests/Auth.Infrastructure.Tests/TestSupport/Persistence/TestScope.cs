using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.RateLimiting;
using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.RateLimiting;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Tests.TestSupport.Persistence;

/// <summary>One request's worth of persistence: its own context, repositories and unit of work.</summary>
internal sealed class TestScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public IUserRepository Users => Services.GetRequiredService<IUserRepository>();

    public IOtpRepository Otps => Services.GetRequiredService<IOtpRepository>();

    public ISessionRepository Sessions => Services.GetRequiredService<ISessionRepository>();

    public ISignInChallengeRepository SignInChallenges => Services.GetRequiredService<ISignInChallengeRepository>();

    public IPasskeyRepository Passkeys => Services.GetRequiredService<IPasskeyRepository>();

    public IPasskeyChallengeRepository PasskeyChallenges => Services.GetRequiredService<IPasskeyChallengeRepository>();

    public IAccountRepository Accounts => Services.GetRequiredService<IAccountRepository>();

    public IVerificationStore Verifications => Services.GetRequiredService<IVerificationStore>();

    public IAuditLog Audit => Services.GetRequiredService<IAuditLog>();

    public IMailOutboxStore MailOutbox => Services.GetRequiredService<IMailOutboxStore>();

    /// <summary>The database store, whatever <c>RateLimiting:Store</c> says.</summary>
    public IRateLimitStore RateLimits => Services.GetRequiredKeyedService<IRateLimitStore>(RateLimitStoreKind.Database);

    public IUnitOfWork UnitOfWork => Services.GetRequiredService<IUnitOfWork>();

    public IKeyMaterialStore KeyMaterial => Services.GetRequiredService<IKeyMaterialStore>();

    public Task SaveAsync() => UnitOfWork.SaveChangesAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
