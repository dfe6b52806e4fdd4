using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Infrastructure.Common;

/// <summary>
/// Secret tokens carried in links (a survey link, a wall display's kiosk address): 256 random
/// bits, URL-safe Base64 (43 characters). Only their SHA-256 is stored, so a copy of the database
/// opens nothing.
/// </summary>
internal static class LinkTokens
{
    public const int Length = 43;

    private const int Bytes = 32;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> could be one we issued: right length, URL-safe letters only.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
