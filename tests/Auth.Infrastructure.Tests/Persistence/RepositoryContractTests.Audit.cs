using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Messaging;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Behaviors;
using Auth.Application.Users.SetUserRole;
using Auth.Domain.Audit;
using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Mediator;
using NSubstitute;

namespace Auth.Infrastructure.Tests.Persistence;

public abstract partial class RepositoryContractTests
{
    [SkippableFact]
    public async Task AuditEntry_RoundTripsEveryField()
    {
        var userId = UserId.New(Now);
        var full = AuditEntry.Record(AuditEventTypes.RoleChanged, userId, "ada@example.com", "2001:db8::7", "Mozilla/5.0 (X11; Linux x86_64)",
            AuditOutcome.Success, "user→admin", Now);
        var sparse = AuditEntry.Record(AuditEventTypes.SignInFailed, null, null, null, null, AuditOutcome.Failure, null, Now);
        await using (var write = NewScope())
        {
            write.Audit.Add(full);
            write.Audit.Add(sparse);
            await write.SaveAsync();
        }

        await using var read = NewScope();
        var page = await read.Audit.ListAsync(new AuditEntryFilter(1, 10, null, null), CancellationToken.None);

        var loaded = Assert.Single(page.Items, e => e.Id == full.Id);
        Assert.Equal(
            (full.Type, full.UserId, full.Subject, full.Ip, full.UserAgent, full.Outcome, full.Detail, full.OccurredAt),
            (loaded.Type, loaded.UserId, loaded.Subject, loaded.Ip, loaded.UserAgent, loaded.Outcome, loaded.Detail, loaded.OccurredAt));
        var empty = Assert.Single(page.Items, e => e.Id == sparse.Id);
        Assert.Equal(
            ((UserId?)null, (string?)null, (string?)null, (string?)null, AuditOutcome.Failure, (string?)null),
            (empty.UserId, empty.Subject, empty.Ip, empty.UserAgent, empty.Outcome, empty.Detail));
    }

    [SkippableFact]
    public async Task AuditEntries_ListNewestFirst_FilteredByUserAndType_InPages()
    {
        var ada = UserId.New(Now);
        var bob = UserId.New(Now);
        var saved = new List<AuditEntry>();
        await using (var write = NewScope())
        {
            foreach (var (type, user) in new[]
            {
                (AuditEventTypes.SignedUp, ada), (AuditEventTypes.SignedIn, ada), (AuditEventTypes.SignedUp, bob),
                (AuditEventTypes.SignedIn, ada), (AuditEventTypes.SignedIn, bob),
            })
            {
                Clock.Advance(TimeSpan.FromSeconds(1));
                var entry = AuditEntry.Record(type, user, null, null, null, AuditOutcome.Success, null, Now);
                saved.Add(entry);
                write.Audit.Add(entry);
            }

            Clock.Advance(TimeSpan.FromMilliseconds(1));
            var sameTime = AuditEntry.Record(AuditEventTypes.SignInFailed, null, "x@example.com", null, null, AuditOutcome.Failure, null, Now);
            saved.Add(sameTime);
            write.Audit.Add(sameTime);
            await write.SaveAsync();
        }

        await using var read = NewScope();
        var all = await read.Audit.ListAsync(new AuditEntryFilter(1, 100, null, null), CancellationToken.None);
        var adaSignIns = await read.Audit.ListAsync(new AuditEntryFilter(1, 100, ada, AuditEventTypes.SignedIn), CancellationToken.None);
        var signUps = await read.Audit.ListAsync(new AuditEntryFilter(1, 100, null, AuditEventTypes.SignedUp), CancellationToken.None);
        var second = await read.Audit.ListAsync(new AuditEntryFilter(2, 2, null, null), CancellationToken.None);
        var beyond = await read.Audit.ListAsync(new AuditEntryFilter(9, 2, null, null), CancellationToken.None);

        Assert.Equal(saved.Select(e => e.Id).Reverse(), all.Items.Select(e => e.Id));
        Assert.Equal(6, all.Total);
        Assert.Equal([saved[3].Id, saved[1].Id], adaSignIns.Items.Select(e => e.Id));
        Assert.Equal(2, adaSignIns.Total);
        Assert.Equal([saved[2].Id, saved[0].Id], signUps.Items.Select(e => e.Id));
        Assert.Equal([saved[3].Id, saved[2].Id], second.Items.Select(e => e.Id));
        Assert.Equal((2, 2, 6L), (second.Page, second.PageSize, second.Total));
        Assert.Equal((0, 6L), (beyond.Items.Count, beyond.Total));
    }

    [SkippableFact]
    public async Task AuditEntry_StagedAndThenReset_IsNeverWritten()
    {
        await using (var scope = NewScope())
        {
            scope.Audit.Add(AuditEntry.Record(AuditEventTypes.SignedIn, null, null, null, null, AuditOutcome.Success, null, Now));
            scope.UnitOfWork.Reset();
            await scope.SaveAsync();
        }

        await using var read = NewScope();
        Assert.Equal(0, (await read.Audit.ListAsync(new AuditEntryFilter(1, 10, null, null), CancellationToken.None)).Total);
    }

    [SkippableFact]
    public async Task AuditEntry_IsNotWritten_WhenTheSaveItBelongsToFails()
    {
        await SavedUserAsync("taken@example.com");
        await using (var scope = NewScope())
        {
            scope.Users.Add(User.RegisterLocal(Name("Copy"), Email("taken@example.com"), "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", Now));
            scope.Audit.Add(AuditEntry.Record(AuditEventTypes.SignedUp, null, null, null, null, AuditOutcome.Success, null, Now));
            await Assert.ThrowsAsync<UniqueConstraintViolationException>(scope.SaveAsync);
        }

        await using var read = NewScope();
        Assert.Equal(0, (await read.Audit.ListAsync(new AuditEntryFilter(1, 10, null, null), CancellationToken.None)).Total);
    }

    [SkippableFact]
    public async Task PendingDomainEvents_AreThoseOfTheLoadedAndAddedAggregates_UntilSaved()
    {
        var existing = await SavedUserAsync();
        await using var scope = NewScope();
        var loaded = await scope.Users.FindByIdAsync(existing.Id, CancellationToken.None);
        loaded!.AttemptSignIn(passwordMatches: false, new LockoutPolicy(1, TimeSpan.FromHours(1)), requireVerifiedEmail: false, Now);
        var added = User.RegisterLocal(Name("Bob"), Email("bob@example.com"), "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", Now);
        scope.Users.Add(added);

        var pending = scope.UnitOfWork.PendingDomainEvents();
        await scope.SaveAsync();

        Assert.Contains(pending, e => e is UserLockedOut locked && locked.UserId == existing.Id);
        Assert.Contains(pending, e => e is UserRegistered registered && registered.UserId == added.Id);
        Assert.Empty(scope.UnitOfWork.PendingDomainEvents());
    }

    [SkippableFact]
    public async Task AuditBehavior_InsideTheUnitOfWork_WritesTheEntriesWithTheChange_AndNoneWhenTheCommandThrows()
    {
        var user = await SavedUserAsync();
        var command = new SetUserRoleCommand(user.Id, "admin");

        await using (var failing = NewScope())
        {
            var pipeline = Pipeline(failing);
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await pipeline.Handle(command, async (_, ct) =>
            {
                (await failing.Users.FindByIdAsync(user.Id, ct))!.ChangeRole(Role.Admin, Now);
                throw new InvalidOperationException("a bug after the change");
            }, CancellationToken.None));
        }

        await using (var succeeding = NewScope())
        {
            var pipeline = Pipeline(succeeding);
            await pipeline.Handle(command, async (_, ct) =>
            {
                (await succeeding.Users.FindByIdAsync(user.Id, ct))!.ChangeRole(Role.Admin, Now);
                return Result.Success;
            }, CancellationToken.None);
        }

        await using var read = NewScope();
        var entries = await read.Audit.ListAsync(new AuditEntryFilter(1, 10, null, null), CancellationToken.None);
        var entry = Assert.Single(entries.Items);
        Assert.Equal((AuditEventTypes.RoleChanged, (UserId?)user.Id, "user→admin", "192.0.2.1"), (entry.Type, entry.UserId, entry.Detail, entry.Ip));
        Assert.Equal(Role.Admin, (await read.Users.FindByIdAsync(user.Id, CancellationToken.None))!.Role);
    }

    /// <summary>The unit-of-work and audit behaviours in their production order, on the scope's own ports.</summary>
    private Wrapped Pipeline(TestScope scope) => new(
        new UnitOfWorkBehavior<SetUserRoleCommand, Result>(scope.UnitOfWork, Substitute.For<IMailOutbox>()),
        new AuditBehavior<SetUserRoleCommand, Result>(scope.UnitOfWork, scope.Audit, scope.Users, new FixedRequest("192.0.2.1", "Tests/1.0"), Clock));

    private protected sealed record FixedRequest(string? Ip, string? UserAgent) : IRequestContext;

    private protected sealed class Wrapped(
        UnitOfWorkBehavior<SetUserRoleCommand, Result> unitOfWork, AuditBehavior<SetUserRoleCommand, Result> audit)
    {
        public ValueTask<Result> Handle(
            SetUserRoleCommand command, MessageHandlerDelegate<SetUserRoleCommand, Result> handler, CancellationToken cancellationToken) =>
            unitOfWork.Handle(command, (message, ct) => audit.Handle(message, handler, ct), cancellationToken);
    }
}
