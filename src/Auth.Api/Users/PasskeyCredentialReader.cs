using System.Text.Json;

namespace Auth.Api.Users;

internal static class PasskeyCredentialReader
{
    /// <summary>The posted credential as JSON text for the use case (which refuses anything but an object that verifies).</summary>
    public static string RawCredential(this JsonElement credential) => credential.ValueKind == JsonValueKind.Object ? credential.GetRawText() : "";
}
