using System.Buffers.Binary;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>A SHA-256 digest as four words: a dictionary key that compares by value without a byte array.</summary>
internal readonly record struct TokenDigest(ulong A, ulong B, ulong C, ulong D)
{
    public static TokenDigest From(ReadOnlySpan<byte> sha256) => new(
        BinaryPrimitives.ReadUInt64LittleEndian(sha256),
        BinaryPrimitives.ReadUInt64LittleEndian(sha256[8..]),
        BinaryPrimitives.ReadUInt64LittleEndian(sha256[16..]),
        BinaryPrimitives.ReadUInt64LittleEndian(sha256[24..]));
}
