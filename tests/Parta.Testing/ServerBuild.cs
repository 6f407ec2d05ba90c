namespace Parta.Testing;

/// <summary>Where the server's sources and its build output are, for running it as a process.</summary>
public static class ServerBuild
{
    /// <summary>src/Parta.Server: as a content root it serves the web client that <c>npm run build</c> wrote into wwwroot.</summary>
    public static string SourceDir => Path.Combine(Repository.Root, "src", "Parta.Server");

    /// <summary>
    /// The server's build output in the caller's configuration (bin/&lt;Configuration&gt;/net10.0): the project reference
    /// of a test or bench project builds the server alongside it, so a Release bench runs a Release server.
    /// </summary>
    public static string OutputDir { get; } = Path.Combine(SourceDir, "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0");
}
