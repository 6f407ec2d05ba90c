// Browser notifications of new messages: for whom, when, and when quiet hours (MSG-6) hold them back.
import type { ChatMessage } from './messages';

/** The message names the person with «@». */
export function mentions(message: Pick<ChatMessage, 'mentions'>, me: string): boolean {
  return (message.mentions ?? []).some((m) => m.accountId === me);
}

/**
 * Whether someone else's new message shows a browser notification, and which: any message while the tab is
 * hidden; a mention of the person also while they look at another chat. Quiet hours (MSG-6) silence both.
 */
export function notificationFor(
  message: Pick<ChatMessage, 'mentions' | 'chatId'>,
  me: string,
  state: { hidden: boolean; openChatId: string | null; quiet: boolean },
): 'message' | 'mention' | null {
  if (state.quiet) return null;
  const named = mentions(message, me);
  if (state.hidden) return named ? 'mention' : 'message';
  return named && state.openChatId !== message.chatId ? 'mention' : null;
}

/** A teacher's own client stays silent until the end of their quiet hours (the server says until when). */
export function isQuietNow(quiet: { applies: boolean; quietUntil: string | null } | null | undefined, now: Date): boolean {
  return !!quiet && quiet.applies && !!quiet.quietUntil && new Date(quiet.quietUntil).getTime() > now.getTime();
}

/** «HH:MM» from the server's «HH:MM:SS» time of day, for time inputs and texts. */
export function timeOfDay(value: string): string {
  return value.slice(0, 5);
}
