using System.Security.Cryptography;
using System.Text;

namespace Crm.Infrastructure.Seeding;

/// <summary>
/// Ids derived from a name, so that seeding a fresh database twice gives the same ids: a
/// version 8 UUID holding the first 16 bytes of SHA-256 of the scope and key.
/// </summary>
internal static class DeterministicGuid
{
    public static Guid From(string scope, string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}:{key}"), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);

        return new Guid(hash[..16], bigEndian: true);
    }

    public static Guid From(string scope, int index) =>
        From(scope, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
