using Auth.Domain.OneTimePasswords;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.OneTimePasswords;

internal sealed class OtpIdConverter() : ValueConverter<OtpId, Guid>(id => id.Value, value => new OtpId(value));
