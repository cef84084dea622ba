using Auth.Domain.Accounts;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Accounts;

internal sealed class AccountIdConverter() : ValueConverter<AccountId, Guid>(id => id.Value, value => new AccountId(value));
