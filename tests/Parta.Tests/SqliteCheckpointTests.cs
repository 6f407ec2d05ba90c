using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Parta.Data;
using Parta.Server.Infrastructure;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// SQLite's write-ahead log reaches the database file through the server's background checkpointer, not
/// through the commit that happens to fill the log (which made one send a second wait ~20 ms).
/// </summary>
public sealed class SqliteCheckpointTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Commits_leave_checkpoints_to_the_background_and_the_messages_reach_the_database_file_within_seconds()
    {
        var checkpointer = factory.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>().Single();
        if (PartaFactory.Provider != DatabaseProvider.Sqlite)
        {
            // PostgreSQL has nothing of the kind: the checkpointer ends at once.
            await checkpointer.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(checkpointer.ExecuteTask.IsCompletedSuccessfully);
            return;
        }

        var autocheckpoint = 0L;
        await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint;";
            autocheckpoint = (long)(await command.ExecuteScalarAsync())!;
        });
        Assert.Equal(0, autocheckpoint);

        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var file = new FileInfo(Path.Combine(factory.DataPath, "parta.db"));
        var before = file.Length;
        // ~600 KiB of text: far below the 1,000 pages (4 MiB) at which SQLite's own checkpoint would have run.
        var text = string.Concat(Enumerable.Repeat("Домашнее задание: параграф 12, упражнения 3–7. ", 36));
        for (var i = 0; i < 120; i++) await family.Teacher.PostMessageAsync(family.School, chatId, $"{i}. {text}");

        var grown = false;
        for (var waited = 0; waited < 100 && !grown; waited++)
        {
            await Task.Delay(100);
            file.Refresh();
            grown = file.Length > before + 300 * 1024;
        }
        Assert.True(grown, $"the database file stayed at {file.Length} bytes (was {before})");
    }
}
