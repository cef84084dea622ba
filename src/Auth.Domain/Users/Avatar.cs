using Auth.Domain.Primitives;

namespace Auth.Domain.Users;

/// <summary>A profile picture hosted elsewhere: its absolute http(s) URL, the host's id for it, its size in bytes.</summary>
public sealed record Avatar
{
    public const int MaxUrlLength = 2048;
    public const int MaxPublicIdLength = 255;

    private Avatar(string url, string? publicId, long? size)
    {
        Url = url;
        PublicId = publicId;
        Size = size;
    }

    public string Url { get; }

    public string? PublicId { get; }

    public long? Size { get; }

    public static Result<Avatar> Create(string? url, string? publicId, long? size)
    {
        url = url?.Trim();
        publicId = string.IsNullOrWhiteSpace(publicId) ? null : publicId.Trim();
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return UserErrors.AvatarInvalid;
        if (publicId is { Length: > MaxPublicIdLength } || publicId?.Any(char.IsControl) == true) return UserErrors.AvatarInvalid;
        if (size < 0) return UserErrors.AvatarInvalid;
        return new Avatar(url, publicId, size);
    }

    public static Avatar FromTrusted(string url, string? publicId, long? size) => new(url, publicId, size);
}
