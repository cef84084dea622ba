using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite has no date type and EF stores <see cref="DateTimeOffset"/> as TEXT it cannot compare or sort in SQL.
/// As UTC ticks (100 ns since 0001-01-01 UTC, an INTEGER) filters such as "expires_at &gt; now" and ORDER BY run in
/// the database, and values round-trip exactly. Values read back carry a zero offset.
/// </summary>
internal sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
