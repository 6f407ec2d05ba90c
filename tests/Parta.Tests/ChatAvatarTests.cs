using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Parta.Server.Features.Chats;
using Parta.Server.Infrastructure;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-1 chat pictures: set by those who change the chat's settings, seen by its members only.</summary>
public sealed class ChatAvatarTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Webp = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8];

    private static ByteArrayContent Image(byte[] data, string claimed = "image/jpeg")
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue(claimed);
        return content;
    }

    [Fact]
    public async Task The_chat_admin_sets_a_picture_that_members_see_and_nobody_else_does()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var avatar = family.School.Org($"/chats/{chatId}/avatar");
        await using var studentHub = await HubClient.ConnectAsync(factory, family.Student);

        // The browser's claim is ignored: the bytes say PNG.
        var set = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image(Png)), HttpStatusCode.OK);
        var url = set["avatarUrl"]!.GetValue<string>();
        Assert.StartsWith($"/api/organizations/{family.School.OrganizationId}/chats/{chatId}/avatar?v=", url);
        await studentHub.WaitForAsync("ChatsChanged");
        Assert.Equal(url, (await family.Student.ChatAsync(family.School, chatId))["avatarUrl"]!.GetValue<string>());

        var fetched = await family.Student.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal("image/png", fetched.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await fetched.Content.ReadAsByteArrayAsync());
        Assert.True(fetched.Headers.CacheControl!.Private);
        var etag = fetched.Headers.ETag!;
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await family.Student.Http.SendAsync(again)).StatusCode);

        // Not a member, another school, nobody signed in.
        var colleague = await factory.VerifiedTeacherAsync(family.School);
        await ApiClient.ProblemAsync(await colleague.Client.GetAsync(url), HttpStatusCode.NotFound, "chat_not_found");
        await ApiClient.ProblemAsync(await (await factory.RegisterSchoolAsync()).AdminClient.GetAsync(url), HttpStatusCode.NotFound, "organization_not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync(url)).StatusCode);

        // Members who may not change the settings may not change the picture either.
        await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Put, avatar, Image(Jpeg)), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await family.Parent.SendAsync(HttpMethod.Delete, avatar), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await colleague.Client.SendAsync(HttpMethod.Put, avatar, Image(Jpeg)), HttpStatusCode.NotFound, "chat_not_found");

        // A new picture gets a new address, so caches refresh.
        var replaced = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image(Webp, "application/octet-stream")), HttpStatusCode.OK);
        Assert.NotEqual(url, replaced["avatarUrl"]!.GetValue<string>());
        Assert.Equal("image/webp", (await family.Student.GetAsync(replaced["avatarUrl"]!.GetValue<string>())).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Removing_the_picture_brings_the_initials_back()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("parents");
        var avatar = family.School.Org($"/chats/{chatId}/avatar");
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image(Jpeg)), HttpStatusCode.OK);
        await using var parentHub = await HubClient.ConnectAsync(factory, family.Parent);

        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, avatar), HttpStatusCode.NoContent);
        await parentHub.WaitForAsync("ChatsChanged");
        Assert.Null((await family.Parent.ChatAsync(family.School, chatId))["avatarUrl"]);
        await ApiClient.ProblemAsync(await family.Parent.GetAsync(avatar), HttpStatusCode.NotFound, "avatar_not_found");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Delete, avatar), HttpStatusCode.NotFound, "avatar_not_found");
    }

    [Fact]
    public async Task Pictures_live_in_the_file_store_and_a_replaced_or_removed_one_leaves_it()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var avatar = family.School.Org($"/chats/{chatId}/avatar");
        var store = factory.Services.GetRequiredService<IFileStore>();
        string KeyNow() => factory.WithDb(db => db.ChatAvatars.Single(a => a.ChatId == chatId)).StorageKey!;
        async Task<byte[]> StoredAsync(string key)
        {
            await using var bytes = await store.OpenReadAsync(key, CancellationToken.None);
            using var copy = new MemoryStream();
            await bytes.CopyToAsync(copy);
            return copy.ToArray();
        }

        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image(Png)), HttpStatusCode.OK);
        var first = KeyNow();
        Assert.Equal(Png, await StoredAsync(first));
        Assert.Null(factory.WithDb(db => db.ChatAvatars.Single(a => a.ChatId == chatId)).Data);

        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image(Jpeg)), HttpStatusCode.OK);
        var second = KeyNow();
        Assert.Equal(Jpeg, await StoredAsync(second));
        await Assert.ThrowsAnyAsync<Exception>(() => StoredAsync(first));

        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, avatar), HttpStatusCode.NoContent);
        await Assert.ThrowsAnyAsync<Exception>(() => StoredAsync(second));
    }

    [Fact]
    public async Task A_picture_kept_in_the_database_before_moves_to_the_file_store_at_start()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var avatar = family.School.Org($"/chats/{chatId}/avatar");
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image(Png)), HttpStatusCode.OK);
        // As a server before this change left it: the bytes in the row, no key.
        await factory.WithDbAsync(async db =>
        {
            var row = await db.ChatAvatars.SingleAsync(a => a.ChatId == chatId);
            row.Data = Webp;
            row.StorageKey = null;
            await db.SaveChangesAsync();
        });
        await ApiClient.ProblemAsync(await family.Student.GetAsync(avatar), HttpStatusCode.NotFound, "avatar_not_found");

        await factory.Services.GetServices<IHostedService>().OfType<ChatAvatarsToFileStore>().Single().StartAsync(CancellationToken.None);
        Assert.Null(factory.WithDb(db => db.ChatAvatars.Single(a => a.ChatId == chatId)).Data);
        Assert.Equal(Webp, await (await family.Student.GetAsync(avatar)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Only_small_png_jpeg_or_webp_pictures_are_taken()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("students");
        var avatar = family.School.Org($"/chats/{chatId}/avatar");

        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image("GIF89a......"u8.ToArray(), "image/png")),
            HttpStatusCode.UnsupportedMediaType, "avatar_unsupported_type");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image("<svg onload=alert(1)>"u8.ToArray(), "image/jpeg")),
            HttpStatusCode.UnsupportedMediaType, "avatar_unsupported_type");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image([..Jpeg, ..new byte[256 * 1024]])),
            HttpStatusCode.RequestEntityTooLarge, "avatar_too_large");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image([])), HttpStatusCode.BadRequest, "avatar_missing");
        Assert.Null((await family.Teacher.ChatAsync(family.School, chatId))["avatarUrl"]);

        // Exactly the limit is fine.
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image([..Jpeg, ..new byte[256 * 1024 - Jpeg.Length]])), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_direct_chat_has_no_picture_of_its_own()
    {
        var family = await factory.ClassFamilyAsync();
        var direct = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.ParentId }), HttpStatusCode.Created);
        var avatar = family.School.Org($"/chats/{direct["id"]}/avatar");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Put, avatar, Image(Png)), HttpStatusCode.Conflict, "direct_chat");
        await ApiClient.ProblemAsync(await family.Parent.SendAsync(HttpMethod.Delete, avatar), HttpStatusCode.Conflict, "direct_chat");
    }
}
