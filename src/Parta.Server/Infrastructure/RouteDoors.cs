using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.OpenApi;

namespace Parta.Server.Infrastructure;

/// <summary>
/// A door that a route group's requests pass before their handler runs: it answers with a refusal (a ProblemDetails
/// result), or lets the request in, leaving what it found in the request's features for the handler's parameters
/// to bind (<c>BindAsync</c>). The check then lives once, on the group, instead of as a prologue of every handler.
/// </summary>
public interface IRouteDoor
{
    /// <summary>Null lets the request in.</summary>
    ValueTask<IResult?> PassAsync(HttpContext context);
}

public static class RouteDoors
{
    /// <summary>Every route of the group (or the one route) passes <paramref name="door"/>; several doors are passed in the order they were added.</summary>
    public static TBuilder WithDoor<TBuilder>(this TBuilder builder, IRouteDoor door) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(door);

    /// <summary>
    /// A pipeline step rather than an endpoint filter because filters run after the handler's parameters are bound, and the
    /// parameters are what the door finds. It comes after authentication, authorization and the anti-forgery check, as the
    /// handlers' own checks did: a request without a session still hears 401, a forged one <c>csrf_invalid</c>.
    /// </summary>
    public static IApplicationBuilder UseRouteDoors(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var door in context.GetEndpoint()?.Metadata.GetOrderedMetadata<IRouteDoor>() ?? [])
        {
            if (await door.PassAsync(context) is not { } refusal) continue;
            await refusal.ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    /// <summary>
    /// The OpenAPI document learns a route's parameters from the handler's; a value only a door reads (the chat scope's
    /// <c>organizationId</c> and <c>chatId</c>) is added here, in its place in the route and typed by its constraint,
    /// so the contract and the web client's types stay as they were when every handler bound it.
    /// </summary>
    public static Task DocumentRouteValuesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.RelativePath is not { } path) return Task.CompletedTask;
        operation.Parameters ??= [];
        var index = 0;
        foreach (var parameter in RoutePatternFactory.Parse(path).Parameters)
        {
            if (!operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == parameter.Name))
                operation.Parameters.Insert(index, new OpenApiParameter
                {
                    Name = parameter.Name, In = ParameterLocation.Path, Required = true,
                    Schema = parameter.ParameterPolicies.Any(p => p.Content == "guid")
                        ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" }
                        : new OpenApiSchema { Type = JsonSchemaType.String },
                });
            index++;
        }
        return Task.CompletedTask;
    }
}
