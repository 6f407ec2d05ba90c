using Parta.Server;

await PartaApp.Build(args).RunAsync();

/// <summary>Entry point type, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
