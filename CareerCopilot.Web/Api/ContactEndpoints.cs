using CareerCopilot.Web.Domain.Contacts;
using CareerCopilot.Web.Hosting;

namespace CareerCopilot.Web.Api;

public static class ContactEndpoints
{
    public sealed record ContactResponse(
        int Id, string Name, string? Role, string? Email, string? Phone, string? Link, string? Notes, IReadOnlyList<int> JobIds,
        DateTime CreatedAt, DateTime UpdatedAt)
    {
        public static ContactResponse From(Contact c) => new(
            c.Id, c.Name, c.Role, c.Email, c.Phone, c.Link, c.Notes, c.Jobs.Select(l => l.JobId).Order().ToList(), c.CreatedAt, c.UpdatedAt);
    }

    public static void MapContacts(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts");
        contacts.MapGet("", async (HttpContext http, ContactService service, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "job_id")] int? jobId,
            CancellationToken ct) =>
            TypedResults.Ok(new ItemList<ContactResponse>((await service.ListAsync(http.User.UserId(), jobId, ct)).Select(ContactResponse.From).ToList())));
        contacts.MapPost("", CreateAsync).Accepts<ContactFields>("application/json").Produces<ContactResponse>(StatusCodes.Status201Created);
        contacts.MapGet("/{id:int}", async (int id, HttpContext http, ContactService service, CancellationToken ct) =>
            TypedResults.Ok(ContactResponse.From(await service.GetAsync(http.User.UserId(), id, ct))));
        contacts.MapPut("/{id:int}", UpdateAsync).Accepts<ContactFields>("application/json").Produces<ContactResponse>();
        contacts.MapDelete("/{id:int}", async (int id, HttpContext http, ContactService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(http.User.UserId(), id, ct);
            return TypedResults.NoContent();
        });
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ContactService service, CancellationToken ct)
    {
        var (fields, _) = await JsonBody.ReadAsync<ContactFields>(request, ct);
        var contact = await service.CreateAsync(request.HttpContext.User.UserId(), fields, ct);
        return TypedResults.Created($"{ApiRoutes.V1}/contacts/{contact.Id}", ContactResponse.From(contact));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpRequest request, ContactService service, CancellationToken ct)
    {
        var fields = await JsonBody.ReadChangeAsync<ContactFields>(request, ct);
        var contact = await service.UpdateAsync(request.HttpContext.User.UserId(), id, fields, ct);
        return TypedResults.Ok(ContactResponse.From(contact));
    }
}
