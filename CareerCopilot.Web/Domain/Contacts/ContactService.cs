using CareerCopilot.Web.Data;
using CareerCopilot.Web.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CareerCopilot.Web.Domain.Contacts;

/// <summary>A user's contacts and the jobs they are on. Every query is filtered by the user id.</summary>
public sealed class ContactService(AppDbContext db, TimeProvider clock)
{
    /// <summary>Contacts by name, optionally only those on one job.</summary>
    public async Task<IReadOnlyList<Contact>> ListAsync(int userId, int? jobId, CancellationToken ct)
    {
        var contacts = db.Contacts.AsNoTracking().Where(c => c.UserId == userId);
        if (jobId is { } job) contacts = contacts.Where(c => c.Jobs.Any(l => l.JobId == job));
        return await contacts.Include(c => c.Jobs).OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(ct);
    }

    public async Task<Contact> GetAsync(int userId, int id, CancellationToken ct) =>
        await db.Contacts.AsNoTracking().Include(c => c.Jobs).SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, ct)
        ?? throw new NotFoundException("Contact");

    public async Task<Contact> CreateAsync(int userId, ContactFields fields, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var contact = new Contact { UserId = userId, CreatedAt = now, UpdatedAt = now };
        var jobIds = ContactRules.Apply(contact, fields, isNew: true, await OwnJobIdsAsync(userId, fields.JobIds, ct));
        Link(contact, jobIds);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    public async Task<Contact> UpdateAsync(int userId, int id, ContactFields fields, CancellationToken ct)
    {
        var contact = await LoadAsync(userId, id, ct);
        var jobIds = ContactRules.Apply(contact, fields, isNew: false, await OwnJobIdsAsync(userId, fields.JobIds, ct));
        Link(contact, jobIds);
        contact.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return contact;
    }

    /// <summary>Puts an existing contact on a job; already there is fine.</summary>
    public async Task LinkAsync(int userId, int jobId, int contactId, CancellationToken ct)
    {
        var contact = await LoadAsync(userId, contactId, ct);
        if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.UserId == userId, ct)) throw new NotFoundException("Job");
        if (contact.Jobs.Any(l => l.JobId == jobId)) return;
        contact.Jobs.Add(new JobContact { UserId = userId, JobId = jobId, ContactId = contact.Id });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Takes a contact off a job; the contact stays in the address book.</summary>
    public async Task UnlinkAsync(int userId, int jobId, int contactId, CancellationToken ct)
    {
        var link = await db.JobContacts.SingleOrDefaultAsync(l => l.JobId == jobId && l.ContactId == contactId && l.UserId == userId, ct);
        if (link is null) return;
        db.JobContacts.Remove(link);
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(int userId, int id, CancellationToken ct)
    {
        var contact = await LoadAsync(userId, id, ct);
        db.Contacts.Remove(contact);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new NotFoundException("Contact"); // deleted by another request a moment earlier
        }
    }

    private static void Link(Contact contact, IReadOnlyList<int>? jobIds)
    {
        if (jobIds is null) return;
        contact.Jobs.RemoveAll(l => !jobIds.Contains(l.JobId));
        foreach (var id in jobIds.Where(id => contact.Jobs.All(l => l.JobId != id)))
            contact.Jobs.Add(new JobContact { UserId = contact.UserId, JobId = id, ContactId = contact.Id });
    }

    /// <summary>Which of the sent job ids are the user's: another user's job is as unknown as a missing one.</summary>
    private async Task<IReadOnlySet<int>> OwnJobIdsAsync(int userId, IReadOnlyList<int>? jobIds, CancellationToken ct)
    {
        if (jobIds is not { Count: > 0 }) return new HashSet<int>();
        var ids = jobIds.Distinct().ToList();
        return (await db.Jobs.Where(j => j.UserId == userId && ids.Contains(j.Id)).Select(j => j.Id).ToListAsync(ct)).ToHashSet();
    }

    private async Task<Contact> LoadAsync(int userId, int id, CancellationToken ct) =>
        await db.Contacts.Include(c => c.Jobs).SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, ct)
        ?? throw new NotFoundException("Contact");
}
