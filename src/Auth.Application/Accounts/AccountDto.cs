namespace Auth.Application.Accounts;

/// <summary>A linked provider account as its owner sees it: no tokens.</summary>
public sealed record AccountDto(string Provider, string AccountId, DateTimeOffset LinkedAt);
