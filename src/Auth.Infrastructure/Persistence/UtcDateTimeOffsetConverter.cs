using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Persistence;

/// <summary>Writes every <see cref="DateTimeOffset"/> as UTC (PostgreSQL refuses other offsets).</summary>
internal sealed class UtcDateTimeOffsetConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value.ToUniversalTime());
