using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Parta.Server.Realtime;

/// <summary>
/// The realtime contract as data: every event of <see cref="IEventsClient"/> with its arguments. It goes into the
/// OpenAPI document as <c>x-realtime-events</c> (each argument's schema, records as component schemas), so the web
/// client's event map is generated from the same records the server sends (scripts/update-openapi.sh) instead of being
/// written by hand a second time; RealtimeContractTests holds the interface, that map and docs/realtime-events.md together.
/// </summary>
public static class RealtimeContract
{
    public const string Extension = "x-realtime-events";

    /// <summary>The events in declaration order, those an area's interface brings in included.</summary>
    public static IReadOnlyList<MethodInfo> Events { get; } =
        [.. typeof(IEventsClient).GetInterfaces().Prepend(typeof(IEventsClient)).SelectMany(type => type.GetMethods())];

    /// <summary>Adds the events and their payload records to the OpenAPI document.</summary>
    internal sealed class DocumentTransformer : IOpenApiDocumentTransformer
    {
        public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
        {
            var events = new JsonObject();
            foreach (var method in Events)
            {
                var arguments = new JsonArray();
                foreach (var parameter in method.GetParameters())
                    arguments.Add(new JsonObject { ["name"] = parameter.Name, ["schema"] = await SchemaAsync(parameter.ParameterType, document, context, ct) });
                events[method.Name] = arguments;
            }
            document.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            document.Extensions[Extension] = new JsonNodeExtension(events);
        }

        /// <summary>A record is a component schema, referred to by its name (as the endpoints' DTOs are); a value is written out.</summary>
        private static async Task<JsonNode> SchemaAsync(Type type, OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
        {
            if (!IsRecord(type)) return Json(await context.GetOrCreateSchemaAsync(type, null, ct));
            await AddComponentAsync(type, document, context, ct);
            return new JsonObject { ["$ref"] = $"#/components/schemas/{type.Name}" };
        }

        /// <summary>
        /// The schema made for a record holds the records inside it written out (a <c>CommentEvent</c> would carry a
        /// second, anonymous <c>CommentDto</c>); they become references, so the client has one type per record.
        /// </summary>
        private static async Task AddComponentAsync(Type type, OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            if (document.Components.Schemas.ContainsKey(type.Name)) return;
            var schema = await context.GetOrCreateSchemaAsync(type, null, ct);
            document.Components.Schemas[type.Name] = schema;
            foreach (var property in type.GetProperties().Where(p => IsRecord(p.PropertyType)))
            {
                await AddComponentAsync(property.PropertyType, document, context, ct);
                var name = schema.Properties!.Keys.Single(key => key.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
                schema.Properties[name] = new OpenApiSchemaReference(property.PropertyType.Name, document);
            }
        }

        private static bool IsRecord(Type type) => type.IsClass && type != typeof(string);

        private static JsonNode Json(IOpenApiSchema schema)
        {
            using var text = new StringWriter();
            schema.SerializeAsV31(new OpenApiJsonWriter(text));
            return JsonNode.Parse(text.ToString())!;
        }
    }
}
