namespace Auth.Api.OpenApi;

/// <summary>
/// Endpoint metadata: the JSON body of <paramref name="Status"/> is one of several types, told apart by the string
/// member <paramref name="Discriminator"/> (value → type in <paramref name="Mapping"/>).
/// </summary>
internal sealed record OneOfResponse(int Status, string Discriminator, IReadOnlyDictionary<string, Type> Mapping);
