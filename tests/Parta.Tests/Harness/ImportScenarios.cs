using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Parta.Tests.Harness;

/// <summary>Intents of the roster story (ORG-5): upload a file for a preview, apply it, claim what it sent.</summary>
public static class ImportScenarios
{
    public static async Task<HttpResponseMessage> UploadRosterAsync(this School school, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await school.AdminClient.SendAsync(HttpMethod.Post, school.Org("/imports"), form);
    }

    /// <summary>Uploads a CSV roster (UTF-8 with a byte-order mark, as Excel saves it) and returns the preview.</summary>
    public static async Task<JsonNode> PreviewRosterAsync(this School school, string csv, Encoding? encoding = null) =>
        await ApiClient.ReadAsync(await school.UploadRosterAsync(
            (encoding ?? new UTF8Encoding(true)).GetPreamble().Concat((encoding ?? Encoding.UTF8).GetBytes(csv)).ToArray(), "список.csv"), HttpStatusCode.OK);

    public static async Task<JsonNode> ApplyRosterAsync(this School school, JsonNode preview) =>
        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/imports/{preview["importId"]}/apply")), HttpStatusCode.OK);

    /// <summary>
    /// A parent whom the school's roster names by e-mail only: the invitation is claimed with a code sent
    /// to that e-mail, which becomes the person's confirmed login.
    /// </summary>
    public static async Task<(ApiClient Client, Credentials Credentials)> EmailOnlyParentAsync(this PartaFactory factory, School school)
    {
        var email = $"parent{Guid.NewGuid():N}@mail.example.ru";
        var preview = await school.PreviewRosterAsync($"Класс;Роль;ФИО;Телефон;Email\n5А;родитель;Белова Ирина Олеговна;;{email}\n");
        Assert.Empty(preview["errors"]!.AsArray());
        await school.ApplyRosterAsync(preview);
        var client = factory.NewClient();
        var token = await factory.InvitationTokenAsync(email);
        var code = await factory.RequestCodeAsync(client, token, email);
        var credentials = new Credentials(email, "parent-pass-8");
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = credentials.Password }), HttpStatusCode.OK);
        return (client, credentials);
    }
}
