using System.Diagnostics;
using Npgsql;
using Parta.Data;
using Parta.Tests.Harness;
using Xunit.Abstractions;

namespace Parta.Tests.Faults;

/// <summary>
/// The online backup of docs/operations.md, taken while a class is sending: the database (<c>sqlite3 .backup</c>, or
/// <c>pg_dump</c> under PARTA_TEST_PROVIDER=postgres) and the data folder's <c>keys</c> and <c>files</c>, restored into a
/// fresh data folder and database, is a consistent installation a server starts on.
/// </summary>
public sealed class BackupTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_backup_taken_while_messages_are_written_restores_to_a_consistent_history_a_server_runs_on()
    {
        var watch = Stopwatch.StartNew();
        await using var cluster = await PartaCluster.StartAsync(redis: null, nodes: 1);
        await using var load = await ClassUnderLoad.SetUpAsync(cluster);
        await load.StartAsync(TimeSpan.FromMilliseconds(30));
        await load.WaitForAcknowledgementsAsync(60, TimeSpan.FromSeconds(60), () => cluster.Output);

        var before = load.Members.SelectMany(m => m.Acknowledgements).ToList();
        var backup = Directory.CreateTempSubdirectory("parta-backup-").FullName;
        var restoredData = Directory.CreateTempSubdirectory("parta-restored-").FullName;
        try
        {
            var dump = await BackUpDatabaseAsync(cluster, backup);
            CopyFolder(Path.Combine(cluster.DataPath, "keys"), Path.Combine(backup, "keys"));
            CopyFolder(Path.Combine(cluster.DataPath, "files"), Path.Combine(backup, "files"));
            var backupTaken = watch.Elapsed;
            await load.WaitForAcknowledgementsAsync(30, TimeSpan.FromSeconds(60), () => cluster.Output);
            await load.StopAsync(TimeSpan.FromSeconds(60));
            var original = await load.StoredAsync(cluster);

            CopyFolder(Path.Combine(backup, "keys"), Path.Combine(restoredData, "keys"));
            CopyFolder(Path.Combine(backup, "files"), Path.Combine(restoredData, "files"));
            var connection = await RestoreDatabaseAsync(cluster, dump, restoredData);
            await using var restored = await PartaCluster.OpenAsync(restoredData, cluster.Provider, connection, cluster.Operator);

            // Every chat numbered 1…n without a gap, each message as the original has it, and at least everything
            // acknowledged before the backup began.
            var kept = await load.StoredAsync(restored);
            foreach (var chatId in load.ChatIds)
            {
                var seqs = kept.Keys.Where(k => k.ChatId == chatId).Select(k => k.Seq).Order().ToList();
                Assert.True(seqs.SequenceEqual(Enumerable.Range(1, seqs.Count).Select(n => (long)n)), $"The restored chat has a gap: {string.Join(",", seqs)}");
            }
            Assert.All(kept, m => Assert.Equal(original[m.Key], m.Value));
            Assert.All(before, a => Assert.True(kept.ContainsKey((a.ChatId, a.Seq)), $"#{a.Seq}, acknowledged before the backup, is not in it."));
            Assert.True(kept.Count < original.Count, "The backup holds messages sent after it was taken.");

            // The restored server: the same browser (its cookie, readable with the restored keys) syncs the whole
            // history and sends on, numbered after the last restored message.
            var member = load.Members[0];
            await using var hub = await HubClient.ConnectAsync(restored.A, member.Browser);
            foreach (var chatId in member.Chats)
            {
                var synced = (await hub.SyncAsync((chatId, 0)))[0]!;
                Assert.True(synced["complete"]!.GetValue<bool>());
                var messages = synced["messages"]!.AsArray().Select(m => (m!["seq"]!.GetValue<long>(), m["id"]!.GetValue<Guid>())).ToList();
                Assert.Equal(kept.Where(k => k.Key.ChatId == chatId).OrderBy(k => k.Key.Seq).Select(k => (k.Key.Seq, k.Value.Id)), messages);
                var next = await hub.SendAsync(chatId, "После восстановления");
                Assert.Equal(messages.Count + 1, next["seq"]!.GetValue<long>());
            }
            output.WriteLine($"backup after {backupTaken.TotalSeconds:0} s held {kept.Count} of {original.Count} messages " +
                $"({before.Count} acknowledged before it began); whole test {watch.Elapsed.TotalSeconds:0} s");
        }
        finally
        {
            foreach (var folder in new[] { backup, restoredData })
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The database's online backup as docs/operations.md gives it; returns the backup file.</summary>
    private static async Task<string> BackUpDatabaseAsync(PartaCluster cluster, string backup)
    {
        if (cluster.Provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(backup, "parta.db");
            await Commands.RunAsync("sqlite3", Path.Combine(cluster.DataPath, "parta.db"), $".backup {file}");
            return file;
        }
        var dump = Path.Combine(backup, "parta.dump");
        var database = new NpgsqlConnectionStringBuilder(cluster.ConnectionString);
        await Commands.RunAsync(ThrowAwayPostgres.Tool("pg_dump"), "-Fc", "-h", database.Host!, "-p", database.Port.ToString(), "-U", database.Username!, "-f", dump, database.Database!);
        return dump;
    }

    /// <summary>Restores into the fresh data folder (SQLite) or a new database (PostgreSQL); returns the connection string.</summary>
    private static async Task<string> RestoreDatabaseAsync(PartaCluster cluster, string dump, string dataPath)
    {
        if (cluster.Provider == DatabaseProvider.Sqlite)
        {
            File.Copy(dump, Path.Combine(dataPath, "parta.db"));
            return $"Data Source={Path.Combine(dataPath, "parta.db")}";
        }
        var database = new NpgsqlConnectionStringBuilder(cluster.ConnectionString);
        var restored = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = $"parta_{Guid.NewGuid():N}" };
        await Commands.RunAsync(ThrowAwayPostgres.Tool("createdb"), "-h", database.Host!, "-p", database.Port.ToString(), "-U", database.Username!, restored.Database);
        await Commands.RunAsync(ThrowAwayPostgres.Tool("pg_restore"), "--no-owner", "-h", database.Host!, "-p", database.Port.ToString(), "-U", database.Username!, "-d", restored.Database, dump);
        return restored.ConnectionString;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
