using System.ComponentModel.DataAnnotations;

namespace Parta.Server.Features.Chats;

/// <summary>How often <see cref="ScheduledSender"/> looks for scheduled messages that are due (MSG-6).</summary>
public sealed class ScheduledMessageOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// A message goes out at most this late. Tests use 1 s; zero would look again at once, for ever, and more
    /// than an hour would send «at 08:00» messages after the first lesson.
    /// </summary>
    [Range(1, 3600)] public int ScheduledCheckSeconds { get; set; } = 15;
}
