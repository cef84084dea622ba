using Auth.Domain.Users;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Users;

/// <summary>The unused recovery-code hashes as one comma-separated column (hex hashes contain no comma); empty for none.</summary>
internal sealed class RecoveryCodesConverter()
    : ValueConverter<RecoveryCodes, string>(
        codes => string.Join(',', codes.Hashes),
        value => value.Length == 0 ? RecoveryCodes.None : RecoveryCodes.Of(value.Split(',', StringSplitOptions.None)));
