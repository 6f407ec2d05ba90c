namespace Parta.Data;

/// <summary>Column sizes shared by the model and by input validation, so the two cannot disagree.</summary>
public static class Limits
{
    public const int DefaultText = 256;
    public const int OrganizationFullName = 500;
    public const int ShortName = 120;
    public const int PlaceName = 200;
    public const int PersonName = 200;
    public const int Email = 254;
    public const int Reason = 2000;
    public const int MessageBody = 8000;
    /// <summary>A chat message: long enough for an announcement, short enough to read on a phone.</summary>
    public const int ChatMessage = 4000;
    public const int PollQuestion = 300;
    public const int PollOption = 100;
    public const int PollOptionsCount = 10;
    /// <summary>Ten answers of <see cref="PollOption"/> characters, one per line.</summary>
    public const int PollOptions = PollOptionsCount * (PollOption + 1);
    public const int UserAgent = 512;
    public const int Address = 300;
    public const int Url = 300;
    /// <summary>A file's name as people see it (most file systems stop at 255 bytes).</summary>
    public const int FileName = 255;
    public const int ContentType = 127;
    public const int StorageKey = 200;
}
