using Auth.Domain.Sessions;

namespace Auth.Domain.Tests.Sessions;

public sealed class SessionRevocationReasonNamesTests
{
    [Theory]
    [InlineData(SessionRevocationReason.SignedOut, "signed_out")]
    [InlineData(SessionRevocationReason.SignedOutEverywhere, "signed_out_everywhere")]
    [InlineData(SessionRevocationReason.RevokedByUser, "revoked_by_user")]
    [InlineData(SessionRevocationReason.RevokedByAdmin, "revoked_by_admin")]
    [InlineData(SessionRevocationReason.PasswordChanged, "password_changed")]
    [InlineData(SessionRevocationReason.AccountDeleted, "account_deleted")]
    [InlineData(SessionRevocationReason.RefreshTokenReused, "refresh_token_reused")]
    public void Reason_HasTheNameStoredData_Uses(SessionRevocationReason reason, string name)
    {
        Assert.Equal(name, reason.ToWireName());
        Assert.Equal(reason, SessionRevocationReasonNames.Parse(name));
    }

    [Fact]
    public void EveryReason_HasANameThatFitsTheColumn()
    {
        foreach (var reason in Enum.GetValues<SessionRevocationReason>())
        {
            Assert.InRange(reason.ToWireName().Length, 1, SessionRevocationReasonNames.MaxLength);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SignedOut")]
    public void AnUnknownName_ParsesToNull(string? name)
    {
        Assert.Null(SessionRevocationReasonNames.Parse(name));
    }
}
