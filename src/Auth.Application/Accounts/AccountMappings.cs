using Auth.Domain.Accounts;
using Auth.Domain.Users;
using Mapster;

namespace Auth.Application.Accounts;

/// <summary>Aggregate → DTO maps of the Accounts module.</summary>
public sealed class AccountMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Account, AccountDto>()
            .Map(nameof(AccountDto.Provider), (Account s) => s.Provider.ToWireName())
            .Map(nameof(AccountDto.AccountId), (Account s) => s.ProviderAccountId)
            .Map(nameof(AccountDto.LinkedAt), (Account s) => s.LinkedAt);
}
