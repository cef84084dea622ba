using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Sessions;

internal sealed class SignInChallengeRepository(AuthDbContext db) : ISignInChallengeRepository
{
    private static readonly CompiledQuery<Func<AuthDbContext, string, CancellationToken, Task<SignInChallenge?>>> ByTokenHash =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, string hash, CancellationToken _) =>
            c.SignInChallenges.FirstOrDefault(s => s.TokenHash == hash)));

    public Task<SignInChallenge?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        ByTokenHash.For(db)(db, tokenHash, cancellationToken);

    public void Add(SignInChallenge challenge) => db.SignInChallenges.Add(challenge);
}
