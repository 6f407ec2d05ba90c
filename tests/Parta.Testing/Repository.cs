namespace Parta.Testing;

public static class Repository
{
    /// <summary>The checkout's root folder, found from the running binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Parta.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Parta.slnx not found above " + AppContext.BaseDirectory);
    }
}
