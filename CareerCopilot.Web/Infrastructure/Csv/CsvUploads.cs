using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Infrastructure.Csv;

/// <summary>
/// A CSV kept between the import's steps: in the data directory under a generated name tied to its user, deleted after
/// the import or, left behind, after a day. The browser only ever holds the generated id; the path is built here.
/// </summary>
public sealed class CsvUploads(DataDirectory data, TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private string Folder => Directory.CreateDirectory(data.File("csv-imports")).FullName;

    public async Task<string> SaveAsync(int userId, byte[] bytes, CancellationToken ct)
    {
        Purge();
        var id = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(PathOf(userId, id), bytes, ct);
        return id;
    }

    /// <summary>The user's upload, or null when the id is not one we made, is another user's, or has gone.</summary>
    public async Task<byte[]?> LoadAsync(int userId, string? id, CancellationToken ct)
    {
        if (!IsId(id)) return null;
        var path = PathOf(userId, id!);
        if (!File.Exists(path) || clock.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(path) > KeptFor) return null;
        return await File.ReadAllBytesAsync(path, ct);
    }

    public void Delete(int userId, string? id)
    {
        if (IsId(id)) File.Delete(PathOf(userId, id!));
    }

    /// <summary>Exactly what <see cref="SaveAsync"/> makes: 32 hex digits, so no path can be smuggled in.</summary>
    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private string PathOf(int userId, string id) => Path.Combine(Folder, $"{userId.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{id}.csv");

    private void Purge()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeptFor;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.csv"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff) File.Delete(file);
            }
            catch (IOException)
            {
                // Another request is deleting it too.
            }
        }
    }
}
