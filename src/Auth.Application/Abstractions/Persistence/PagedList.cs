namespace Auth.Application.Abstractions.Persistence;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
