using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace Auth.Infrastructure.Tests.TestSupport;

/// <summary>Takes a compact JWT apart and puts (possibly forged) parts back together, as an attacker would.</summary>
internal sealed record JwtParts(JsonObject Header, JsonObject Payload, string Signature)
{
    public static JwtParts Parse(string token)
    {
        var segments = token.Split('.');
        return new JwtParts(Decode(segments[0]), Decode(segments[1]), segments[2]);
    }

    public string SigningInput => $"{Encode(Header)}.{Encode(Payload)}";

    public string Compact(string signature) => $"{SigningInput}.{signature}";

    public string Compact() => Compact(Signature);

    private static JsonObject Decode(string segment) =>
        JsonNode.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(segment)))!.AsObject();

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
