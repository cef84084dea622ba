using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Policies;
using Auth.Domain.Users;
using Auth.Infrastructure.Tests.TestSupport.Persistence;

namespace Auth.Infrastructure.Tests.Persistence;

public abstract partial class RepositoryContractTests
{
    [SkippableFact]
    public async Task User_WithEveryFieldSet_RoundTripsEveryField()
    {
        var user = User.RegisterLocal(Name("Ada Lovelace"), Email("ada@example.com"), "$argon2id$hash", Now);
        user.VerifyEmail(Now);
        user.UpdateProfile(null, Avatar.FromTrusted("https://cdn.example.com/a.png", "avatars/a", 48_213), Now);
        user.SetTwoFactor(true, Now);
        user.BeginTotpEnrolment("protected-totp-secret", Now);
        user.ConfirmTotp(User.TotpStepAt(Now), RecoveryCodes.Of(["recovery-hash-1", "recovery-hash-2"]), Now);
        user.ChangeRole(Role.Admin, Now);
        user.RecordSuccessfulSignIn(Now);
        Clock.Advance(TimeSpan.FromMinutes(3));
        for (var i = 0; i < LockoutPolicy.Default.MaxFailedAttempts; i++) user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, Now);
        Clock.Advance(TimeSpan.FromMinutes(1));
        user.SoftDelete(Now, ReactivationPolicy.Default);
        Assert.NotNull(user.LockedUntil);

        await using (var write = NewScope())
        {
            write.Users.Add(user);
            await write.SaveAsync();
        }

        await using var read = NewScope();
        var loaded = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.NotNull(loaded);
        AggregateAssert.SameUser(user, loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
    }

    [SkippableFact]
    public async Task User_ReadOnly_LoadsEveryFieldAndAChangeToItIsNeverSaved()
    {
        var user = await SavedUserAsync();

        await using (var read = NewScope())
        {
            var loaded = (await read.Users.FindByIdReadOnlyAsync(user.Id, CancellationToken.None))!;
            AggregateAssert.SameUser(user, loaded);
            loaded.ChangeRole(Role.Admin, Now);
            await read.SaveAsync();
        }

        await using var check = NewScope();
        Assert.Equal(Role.User, (await check.Users.FindByIdAsync(user.Id, CancellationToken.None))!.Role);
        Assert.Null(await check.Users.FindByIdReadOnlyAsync(new UserId(Guid.NewGuid()), CancellationToken.None));
    }

    /// <summary>On database servers such lookups share round trips (<c>CoalescedUserReads</c>); none may see another's user or state from before a save.</summary>
    [SkippableFact]
    public async Task Users_ReadOnlyLookupsMadeTogether_EachGetTheirOwnCopyOfTheirOwnUser_AndSeeEverySaveMadeBefore()
    {
        var users = new List<User>();
        for (var i = 0; i < 12; i++) users.Add(await SavedUserAsync($"user{i}@example.com", $"User {i}"));
        var missing = new UserId(Guid.NewGuid());
        var asked = Enumerable.Range(0, 60).Select(i => i % 13 == 12 ? missing : users[i % 13].Id).ToArray();

        var found = await LookUpTogetherAsync(asked);

        for (var i = 0; i < asked.Length; i++)
        {
            if (asked[i] == missing) Assert.Null(found[i]);
            else AggregateAssert.SameUser(users.Single(u => u.Id == asked[i]), found[i]!);
        }

        var copies = found.OfType<User>().ToList();
        Assert.Equal(copies.Count, copies.Distinct(ReferenceEqualityComparer.Instance).Count());

        await using (var write = NewScope())
        {
            var user = (await write.Users.FindByIdAsync(users[0].Id, CancellationToken.None))!;
            user.ChangeRole(Role.Admin, Now);
            await write.SaveAsync();
        }

        var after = await LookUpTogetherAsync([.. Enumerable.Repeat(users[0].Id, 5), users[1].Id, users[2].Id]);
        Assert.All(after.Take(5), u => Assert.Equal(Role.Admin, u!.Role));
        Assert.Equal(Role.User, after[5]!.Role);
    }

    private Task<User?[]> LookUpTogetherAsync(IEnumerable<UserId> ids) =>
        Together(ids, (scope, id) => scope.Users.FindByIdReadOnlyAsync(id, CancellationToken.None));

    [SkippableFact]
    public async Task User_FromProviderWithoutPasswordOrAvatar_RoundTripsNulls()
    {
        var user = User.RegisterFromProvider(Name("Grace Hopper"), Email("grace@example.com"), AuthProvider.GitHub, "583231", true, Now);
        await using (var write = NewScope())
        {
            write.Users.Add(user);
            await write.SaveAsync();
        }

        await using var read = NewScope();
        var loaded = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.NotNull(loaded);
        AggregateAssert.SameUser(user, loaded);
        Assert.Null(loaded.PasswordHash);
        Assert.Null(loaded.Avatar);
        Assert.Null(loaded.LastSignInAt);
        Assert.Null(loaded.LockedUntil);
    }

    [SkippableFact]
    public async Task User_WhenChanged_IsUpdatedAndItsVersionGoesUpByOne()
    {
        var user = await SavedUserAsync();
        Clock.Advance(TimeSpan.FromHours(1));

        await using (var change = NewScope())
        {
            var loaded = await change.Users.FindByIdAsync(user.Id, CancellationToken.None);
            loaded!.UpdateProfile(Name("Augusta Ada King"), Avatar.FromTrusted("https://cdn.example.com/b.png", null, null), Now);
            loaded.ChangeRole(Role.Admin, Now);
            await change.SaveAsync();
            Assert.Equal(2, loaded.Version);
        }

        await using var read = NewScope();
        var reloaded = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal(Name("Augusta Ada King"), reloaded!.Name);
        Assert.Equal(Avatar.FromTrusted("https://cdn.example.com/b.png", null, null), reloaded.Avatar);
        Assert.Equal(Role.Admin, reloaded.Role);
        Assert.Equal(Now, reloaded.UpdatedAt);
        Assert.Equal(user.CreatedAt, reloaded.CreatedAt);
        Assert.Equal(2, reloaded.Version);
    }

    [SkippableFact]
    public async Task User_WhoseAvatarIsReplaced_StoresTheNewAvatarWhole()
    {
        var user = await SavedUserAsync();
        foreach (var avatar in new[]
                 {
                     Avatar.FromTrusted("https://cdn.example.com/1.png", "avatars/1", 1000),
                     Avatar.FromTrusted("https://cdn.example.com/2.png", null, null),
                 })
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await using var change = NewScope();
            (await change.Users.FindByIdAsync(user.Id, CancellationToken.None))!.UpdateProfile(null, avatar, Now);
            await change.SaveAsync();
        }

        await using var read = NewScope();
        var stored = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal(Avatar.FromTrusted("https://cdn.example.com/2.png", null, null), stored!.Avatar);
        Assert.Equal(3, stored.Version);
    }

    [SkippableFact]
    public async Task User_IsFoundByEmailAndEmailExistsAnswersForKnownAndUnknownAddresses()
    {
        var user = await SavedUserAsync("ada@example.com");

        await using var read = NewScope();
        Assert.Equal(user.Id, (await read.Users.FindByEmailAsync(Email("ADA@example.com"), CancellationToken.None))?.Id);
        Assert.True(await read.Users.EmailExistsAsync(Email("ada@example.com"), CancellationToken.None));
        Assert.False(await read.Users.EmailExistsAsync(Email("bob@example.com"), CancellationToken.None));
        Assert.Null(await read.Users.FindByEmailAsync(Email("bob@example.com"), CancellationToken.None));
        Assert.Null(await read.Users.FindByIdAsync(UserId.New(Now), CancellationToken.None));
    }

    [SkippableFact]
    public async Task User_WithAnEmailAlreadyTaken_FailsWithUniqueConstraintViolation()
    {
        await SavedUserAsync("ada@example.com");

        await using var scope = NewScope();
        scope.Users.Add(User.RegisterLocal(Name("Someone Else"), Email("ada@example.com"), "hash", Now));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(scope.SaveAsync);
    }

    [SkippableFact]
    public async Task User_WithTheSameEmailInAnotherCase_FailsWithUniqueConstraintViolation_BecauseEmailsAreStoredLowerCased()
    {
        await SavedUserAsync("ada@example.com");

        await using var scope = NewScope();
        scope.Users.Add(User.RegisterLocal(Name("Someone Else"), Email("  ADA@Example.COM "), "hash", Now));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(scope.SaveAsync);
    }

    [SkippableFact]
    public async Task Users_WhoseEmailsDifferOnlyInAccents_AreTwoAccountsEachFoundByItsOwnAddress()
    {
        var plain = await SavedUserAsync("emile@example.fr", "Emile Plain");
        var accented = await SavedUserAsync("émile@example.fr", "Émile Accented");

        await using var read = NewScope();
        Assert.Equal(plain.Id, (await read.Users.FindByEmailAsync(Email("emile@example.fr"), CancellationToken.None))?.Id);
        Assert.Equal(accented.Id, (await read.Users.FindByEmailAsync(Email("ÉMILE@example.fr"), CancellationToken.None))?.Id);
        Assert.False(await read.Users.EmailExistsAsync(Email("emilé@example.fr"), CancellationToken.None));
    }

    [SkippableFact]
    public async Task User_WithANameOutsideLatin1_RoundTripsItExactly()
    {
        var user = await SavedUserAsync("lee@example.com", "李小龍 Ørsted 🐉");

        await using var read = NewScope();
        Assert.Equal(Name("李小龍 Ørsted 🐉"), (await read.Users.FindByIdAsync(user.Id, CancellationToken.None))!.Name);
        Assert.Equal([user.Id], (await read.Users.ListAsync(new UserListFilter(1, 10, null, null, "🐉"), CancellationToken.None)).Items.Select(u => u.Id));
    }

    [SkippableFact]
    public async Task User_ChangedFromAStaleCopy_FailsWithConcurrencyConflictAndKeepsTheFirstChange()
    {
        var user = await SavedUserAsync();
        await using var first = NewScope();
        await using var second = NewScope();
        var firstCopy = await first.Users.FindByIdAsync(user.Id, CancellationToken.None);
        var secondCopy = await second.Users.FindByIdAsync(user.Id, CancellationToken.None);

        firstCopy!.ChangeRole(Role.Admin, Now);
        secondCopy!.UpdateProfile(Name("Someone Else"), null, Now);
        await first.SaveAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(second.SaveAsync);
        await using var read = NewScope();
        var stored = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal(Role.Admin, stored!.Role);
        Assert.Equal(Name("Ada Lovelace"), stored.Name);
        Assert.Equal(2, stored.Version);
    }

    [SkippableFact]
    public async Task User_ThatDemandsANewVersionWithoutChangingAField_IsWritten_SoARacingCopyConflicts()
    {
        var user = await SavedUserAsync();
        await using var first = NewScope();
        await using var second = NewScope();
        var firstCopy = await first.Users.FindByIdAsync(user.Id, CancellationToken.None);
        var secondCopy = await second.Users.FindByIdAsync(user.Id, CancellationToken.None);

        firstCopy!.RecordSignInMethodRemoved(firstCopy.UpdatedAt);
        secondCopy!.RecordSignInMethodRemoved(secondCopy.UpdatedAt);
        await first.SaveAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(second.SaveAsync);
        await using var read = NewScope();
        Assert.Equal(2, (await read.Users.FindByIdAsync(user.Id, CancellationToken.None))!.Version);
    }

    [SkippableFact]
    public async Task User_RacingSignInsThatOnlyRecordTheTime_AllSave_KeepingTheVersion()
    {
        var user = await SavedUserAsync();
        await using var first = NewScope();
        await using var second = NewScope();
        var firstCopy = await first.Users.FindByIdAsync(user.Id, CancellationToken.None);
        var secondCopy = await second.Users.FindByIdAsync(user.Id, CancellationToken.None);

        firstCopy!.RecordSuccessfulSignIn(Now.AddMinutes(1));
        secondCopy!.RecordSuccessfulSignIn(Now.AddMinutes(2));
        await first.SaveAsync();
        await second.SaveAsync();

        await using var read = NewScope();
        var stored = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal(Now.AddMinutes(2), stored!.LastSignInAt);
        Assert.Equal(user.Version, stored.Version);
    }

    [SkippableFact]
    public async Task User_ASignInTimeRecordedFromAStaleCopy_FailsAgainstARealChangeMadeMeanwhile()
    {
        var user = await SavedUserAsync();
        await using var first = NewScope();
        await using var second = NewScope();
        var firstCopy = await first.Users.FindByIdAsync(user.Id, CancellationToken.None);
        var secondCopy = await second.Users.FindByIdAsync(user.Id, CancellationToken.None);

        firstCopy!.ChangeRole(Role.Admin, Now);
        secondCopy!.RecordSuccessfulSignIn(Now.AddMinutes(1));
        await first.SaveAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(second.SaveAsync);
    }

    [SkippableFact]
    public async Task UnitOfWork_AfterAConflict_ResetLetsTheCommandRetryFromScratch()
    {
        var user = await SavedUserAsync();
        await using var winner = NewScope();
        await using var loser = NewScope();
        var winnerCopy = await winner.Users.FindByIdAsync(user.Id, CancellationToken.None);
        var loserCopy = await loser.Users.FindByIdAsync(user.Id, CancellationToken.None);
        winnerCopy!.ChangeRole(Role.Admin, Now);
        loserCopy!.SetTwoFactor(true, Now);
        await winner.SaveAsync();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(loser.SaveAsync);

        loser.UnitOfWork.Reset();
        var fresh = await loser.Users.FindByIdAsync(user.Id, CancellationToken.None);
        fresh!.SetTwoFactor(true, Now);
        await loser.SaveAsync();

        await using var read = NewScope();
        var stored = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal(Role.Admin, stored!.Role);
        Assert.True(stored.TwoFactorEnabled);
        Assert.Equal(3, stored.Version);
    }

    [SkippableFact]
    public async Task UnitOfWork_AfterSaving_ClearsDomainEventsAndStampsTheFirstVersion()
    {
        var user = User.RegisterLocal(Name("Ada Lovelace"), Email("ada@example.com"), "hash", Now);
        Assert.NotEmpty(user.DomainEvents);

        await using var scope = NewScope();
        scope.Users.Add(user);
        await scope.SaveAsync();

        Assert.Empty(user.DomainEvents);
        Assert.Equal(1, user.Version);
    }

    [SkippableFact]
    public async Task UnitOfWork_WithNothingChanged_LeavesTheVersionAlone()
    {
        var user = await SavedUserAsync();

        await using (var scope = NewScope())
        {
            await scope.Users.FindByIdAsync(user.Id, CancellationToken.None);
            await scope.SaveAsync();
        }

        await using var read = NewScope();
        Assert.Equal(1, (await read.Users.FindByIdAsync(user.Id, CancellationToken.None))!.Version);
    }

    [SkippableFact]
    public async Task ListUsers_PagesInCreationOrderAndCountsTheWholeSet()
    {
        var created = new List<User>();
        for (var i = 1; i <= 7; i++)
        {
            created.Add(await SavedUserAsync($"user{i}@example.com", $"User {i}"));
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await using var read = NewScope();
        var page2 = await read.Users.ListAsync(new UserListFilter(2, 3, null, null, null), CancellationToken.None);
        var page3 = await read.Users.ListAsync(new UserListFilter(3, 3, null, null, null), CancellationToken.None);
        var page4 = await read.Users.ListAsync(new UserListFilter(4, 3, null, null, null), CancellationToken.None);

        Assert.Equal(created.Skip(3).Take(3).Select(u => u.Id), page2.Items.Select(u => u.Id));
        Assert.Equal((2, 3, 7L), (page2.Page, page2.PageSize, page2.Total));
        Assert.Equal([created[6].Id], page3.Items.Select(u => u.Id));
        Assert.Empty(page4.Items);
        Assert.Equal(7, page4.Total);
    }

    [SkippableFact]
    public async Task ListUsers_FiltersByRoleDeletedAndCaseInsensitiveSearchInNameOrEmail()
    {
        var ada = await SavedUserAsync("ada@example.com", "Ada Lovelace");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var grace = await SavedUserAsync("grace@navy.example", "Grace Hopper");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var emile = await SavedUserAsync("emile@example.fr", "Émile Borel");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var alan = await SavedUserAsync("alan@example.com", "Alan Turing");
        await using (var change = NewScope())
        {
            (await change.Users.FindByIdAsync(grace.Id, CancellationToken.None))!.ChangeRole(Role.Admin, Now);
            (await change.Users.FindByIdAsync(alan.Id, CancellationToken.None))!.SoftDelete(Now, ReactivationPolicy.Default);
            await change.SaveAsync();
        }

        await using var read = NewScope();
        async Task<IEnumerable<UserId>> Ids(Role? role = null, bool? deleted = null, string? search = null)
        {
            var page = await read.Users.ListAsync(new UserListFilter(1, 50, role, deleted, search), CancellationToken.None);
            Assert.Equal(page.Items.Count, page.Total);
            return page.Items.Select(u => u.Id);
        }

        Assert.Equal([grace.Id], await Ids(role: Role.Admin));
        Assert.Equal([ada.Id, emile.Id, alan.Id], await Ids(role: Role.User));
        Assert.Equal([alan.Id], await Ids(deleted: true));
        Assert.Equal([ada.Id, grace.Id, emile.Id], await Ids(deleted: false));
        Assert.Equal([grace.Id], await Ids(search: "HOPP"));
        Assert.Equal([grace.Id], await Ids(search: "NAVY.example"));
        Assert.Equal([emile.Id], await Ids(search: "émile"));
        Assert.Equal([emile.Id], await Ids(search: "ÉMILE"));
        Assert.Equal([ada.Id, alan.Id], await Ids(search: " example.com "));
        Assert.Equal([ada.Id, emile.Id], await Ids(role: Role.User, deleted: false, search: "example"));
        Assert.Empty(await Ids(search: "100%"));
        Assert.Equal([ada.Id, grace.Id, emile.Id, alan.Id], await Ids(search: "   "));
    }
}
