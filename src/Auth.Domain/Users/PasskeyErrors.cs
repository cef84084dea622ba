using Auth.Domain.Primitives;

namespace Auth.Domain.Users;

public static class PasskeyErrors
{
    /// <summary>Any refused ceremony: the same answer whatever was wrong, so a caller learns nothing from which check failed.</summary>
    public static readonly Error Invalid =
        new(ErrorCodes.PasskeyInvalid, "The passkey could not be verified; try again.", ErrorKind.Unauthorized);

    /// <summary>A registration that did not verify (a signed-in user's own request, so a 400).</summary>
    public static readonly Error RegistrationInvalid =
        new(ErrorCodes.PasskeyInvalid, "The passkey could not be verified; try again.", ErrorKind.Validation);

    public static readonly Error NotFound = new(ErrorCodes.NotFound, "There is no such passkey.", ErrorKind.NotFound);

    public static readonly Error LastSignInMethod =
        new(ErrorCodes.LastSignInMethod, "This passkey is the only way left to sign in; set a password or add another way first.", ErrorKind.Conflict);

    public static readonly Error NameInvalid = new(ErrorCodes.ValidationFailed, $"A passkey's name has 1 to {Passkey.MaxNameLength} characters.", ErrorKind.Validation)
    {
        Details = new Dictionary<string, object> { ["field"] = "name" },
    };
}
