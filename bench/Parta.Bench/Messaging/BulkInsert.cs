using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Parta.Data;

namespace Parta.Bench.Messaging;

/// <summary>
/// Seeds rows straight into the tables the server's own EF model describes (names, columns and value
/// converters read from the model), so seeding a million messages takes seconds instead of the hours the
/// public API would. PostgreSQL gets binary COPY; SQLite a prepared INSERT inside one transaction.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(PartaDbContext db, IReadOnlyCollection<T> rows) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(table)!)).ToList();
        if (columns.FirstOrDefault(c => c.Property.PropertyInfo is null) is { Property: not null } shadow)
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Property.Name} is a shadow property; seed it explicitly");
        object? Value(IProperty p, T row)
        {
            var value = p.PropertyInfo!.GetValue(row);
            var converter = p.GetValueConverter() ?? p.GetTypeMapping().Converter;
            return value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
        }

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var quoted = string.Join(", ", columns.Select(c => $"\"{c.Column}\""));
        var tableName = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        if (connection is NpgsqlConnection npgsql)
        {
            await using var writer = await npgsql.BeginBinaryImportAsync($"COPY {tableName} ({quoted}) FROM STDIN (FORMAT BINARY)");
            var types = columns.Select(c => c.Property.GetColumnType()).ToArray();
            foreach (var row in rows)
            {
                await writer.StartRowAsync();
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = Value(columns[i].Property, row);
                    if (value is null) await writer.WriteNullAsync();
                    else await writer.WriteAsync(value, types[i]);
                }
            }
            await writer.CompleteAsync();
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {tableName} ({quoted}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                // EF Core's SQLite provider keeps GUIDs as upper-case text; the raw driver would bind a blob.
                parameters[i].Value = Value(columns[i].Property, row) switch { null => DBNull.Value, Guid g => g.ToString().ToUpperInvariant(), var v => v };
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
