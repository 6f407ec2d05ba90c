using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Parta.Server.Realtime;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// Issue 19: the realtime contract is declared once, by <see cref="IEventsClient"/> and its payload records; the web
/// client's event map (web/src/api/events.ts) is generated from it through the OpenAPI document, and
/// docs/realtime-events.md describes it. This holds the three together: event names, arguments and payload fields.
/// </summary>
public sealed partial class RealtimeContractTests
{
    /// <summary>One argument of an event: a value by its name (<c>chatId</c>), or a record with its JSON fields.</summary>
    private sealed record Argument(string Name, string? Record, string? Fields)
    {
        public override string ToString() => Record is null ? Name : $"{Name}: {Record} {Fields}";
    }

    [Fact]
    public void The_generated_web_event_map_is_the_servers_events_interface()
    {
        var server = ServerEvents();
        var client = GeneratedClientEvents();
        Assert.True(server.Count > 10);
        var mismatches = server.Keys.Union(client.Keys)
            .Select(name => (Name: name, Server: server.TryGetValue(name, out var s) ? Describe(s) : "no such event",
                Client: client.TryGetValue(name, out var c) ? Describe(c) : "no such event"))
            .Where(e => e.Server != e.Client)
            .Select(e => $"{e.Name}: the server sends «{e.Server}», web/src/api/events.ts says «{e.Client}» (run scripts/update-openapi.sh)")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Docs_list_every_event_of_the_server_with_its_payload()
    {
        var server = ServerEvents();
        var documented = DocumentedEvents();
        var mismatches = documented.Select(d => d.Name).Distinct().Except(server.Keys).Select(name => $"{name}: documented, but the server has no such event").ToList();
        mismatches.AddRange(server.Keys.Except(documented.Select(d => d.Name)).Select(name => $"{name}: not in the events table of docs/realtime-events.md"));
        foreach (var (name, payload) in documented.Where(d => server.ContainsKey(d.Name)))
        {
            var actual = AsDocumented(server[name], payload);
            if (actual != payload) mismatches.Add($"{name}: the docs say «{payload}», the server sends «{actual}»");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static Dictionary<string, Argument[]> ServerEvents() => RealtimeContract.Events.ToDictionary(e => e.Name, e => e.GetParameters()
        .Select(p => p.ParameterType.IsClass && p.ParameterType != typeof(string)
            // The names the hub's JSON protocol writes (camelCase, as JsonSerializerOptions.Web).
            ? new Argument(p.Name!, p.ParameterType.Name, Fields(JsonSerializerOptions.Web.GetTypeInfo(p.ParameterType).Properties.Select(f => f.Name)))
            : new Argument(p.Name!, null, null))
        .ToArray());

    /// <summary>web/src/api/events.ts, with each record's fields read from the schema in web/openapi.json it names.</summary>
    private static Dictionary<string, Argument[]> GeneratedClientEvents()
    {
        var schemas = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "web", "openapi.json")))!["components"]!["schemas"]!;
        var map = File.ReadAllText(Path.Combine(Repository.Root, "web", "src", "api", "events.ts"));
        var body = map[map.IndexOf("export interface HubEvents {", StringComparison.Ordinal)..];
        return ClientEventLine().Matches(body).ToDictionary(m => m.Groups["event"].Value, m => ClientArgument().Matches(m.Groups["arguments"].Value)
            .Select(a => a.Groups["record"].Success
                ? new Argument(a.Groups["name"].Value, a.Groups["record"].Value,
                    Fields(schemas[a.Groups["record"].Value]?["properties"]?.AsObject().Select(p => p.Key) ?? ["(no such schema)"]))
                : new Argument(a.Groups["name"].Value, null, null))
            .ToArray());
    }

    /// <summary>
    /// The events table of docs/realtime-events.md: each row's event (its first code span; a row may repeat an event to
    /// name another cause) and payload — «none», a value's name (<c>chatId</c>), a record's type (<c>MessageDto</c>) or
    /// its fields (<c>{ chatId, seq }</c>; a field may name its type, <c>comment: CommentDto</c>, remarks go in brackets).
    /// </summary>
    private static List<(string Name, string Payload)> DocumentedEvents()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "realtime-events.md"));
        var section = doc[doc.IndexOf("## Events (server → client)", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var rows = new List<(string, string)>();
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var payload = cells[2].Trim();
            var code = CodeSpan().Match(payload);
            rows.Add((CodeSpan().Match(cells[1]).Groups[1].Value, payload == "none" ? "none"
                : !code.Success ? payload
                : code.Groups[1].Value.StartsWith('{') ? Fields(Remark().Replace(code.Groups[1].Value, "").Trim('{', '}', ' ').Split(',').Select(f => f.Split(':')[0].Trim().TrimEnd('?')))
                : code.Groups[1].Value));
        }
        return rows;
    }

    /// <summary>The server's arguments in the words of a docs row, which names a record by its type or by its fields.</summary>
    private static string AsDocumented(Argument[] arguments, string documented) => arguments switch
    {
        [] => "none",
        [{ Record: null } value] => value.Name,
        [var record] => documented.StartsWith('{') ? record.Fields! : record.Record!,
        _ => Describe(arguments),
    };

    private static string Describe(Argument[] arguments) => arguments.Length == 0 ? "nothing" : string.Join(", ", arguments.Select(a => a.ToString()));

    private static string Fields(IEnumerable<string> names) => "{ " + string.Join(", ", names.Order(StringComparer.Ordinal)) + " }";

    [GeneratedRegex(@"^\s+(?<event>\w+): \[(?<arguments>.*)\];$", RegexOptions.Multiline)]
    private static partial Regex ClientEventLine();

    [GeneratedRegex(@"(?<name>\w+): (?:Schemas\['(?<record>\w+)'\]|[\w |]+)")]
    private static partial Regex ClientArgument();

    /// <summary>A remark in brackets inside a payload (<c>CommentDto (deleted: true, empty text)</c>).</summary>
    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Remark();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
