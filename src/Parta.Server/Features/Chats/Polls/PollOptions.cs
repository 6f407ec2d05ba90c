namespace Parta.Server.Features.Chats;

/// <summary>A poll's answers are stored one per line; answers are single-line, so the line break is safe.</summary>
public static class PollOptions
{
    public static string[] Split(string stored) => stored.Split('\n');

    public static string Join(IEnumerable<string> options) => string.Join('\n', options);
}
