namespace Parta.Data.Entities;

/// <summary>The one-time link printed on first start to create the first operator (no default password).</summary>
public class OperatorSetupToken
{
    public Guid Id { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
}
