using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Parta.Server.Infrastructure;

/// <summary>
/// /health/ready's database check: unhealthy while <see cref="DatabaseAvailability"/> knows of an outage, so a
/// balancer stops sending people to a node that can only answer <c>database_unavailable</c>.
/// </summary>
public sealed class DatabaseHealthCheck(DatabaseAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await availability.AnswersAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database cannot be reached");
}
