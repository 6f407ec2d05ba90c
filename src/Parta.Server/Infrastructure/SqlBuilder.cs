using System.Runtime.CompilerServices;
using System.Text;

namespace Parta.Server.Infrastructure;

/// <summary>
/// One SQL statement with as many values as the data needs (a batch of chats, say), for EF's <c>SqlQuery</c> and
/// <c>ExecuteSql</c>: every value becomes a parameter typed by the provider's mapping, never text in the SQL.
/// </summary>
public sealed class SqlBuilder
{
    private readonly StringBuilder _format = new();
    private readonly List<object?> _values = [];

    public SqlBuilder Sql(string sql)
    {
        _format.Append(sql.Replace("{", "{{").Replace("}", "}}"));
        return this;
    }

    public SqlBuilder Value(object? value)
    {
        _format.Append('{').Append(_values.Count).Append('}');
        _values.Add(value);
        return this;
    }

    /// <summary>The values separated by commas, for <c>IN (…)</c>.</summary>
    public SqlBuilder Values<T>(IEnumerable<T> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first) Sql(", ");
            Value(value);
            first = false;
        }
        return this;
    }

    public FormattableString Build() => FormattableStringFactory.Create(_format.ToString(), [.. _values]);
}
