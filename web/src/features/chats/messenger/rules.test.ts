import { describe, expect, it } from 'vitest';
import { highlightParts } from '../list/highlight';
import { isQuietNow, timeOfDay, notificationFor } from './notifications';
import { nextVote, pollIsOpen, pollView } from '../polls/polls';
import { reactionView } from '../messages/reactions';
import { replaceMessage, boundWindow, mergeMessages, newClientId, toMessage, withArrivals, type ChatMessage } from './messages';
import { addPending, confirmPending, failPending, parseHubError } from './pending';
import { applyIncoming, applyRead, sortChats, syncCursor, toSummary, withLiveSummaries, type ChatSummary } from './chatList';
import { chatId, message } from './testMessages';

const me = 'me';

function summary(extra: Partial<ChatSummary> = {}): ChatSummary {
  return {
    id: chatId, kind: 'class', title: '5А — ученики', description: null, classId: null, audience: 'students', groupId: null, peer: null,
    lastSeq: 3, readSeq: 3, unread: 0, lastMessage: null, isAdmin: false, canWrite: true, whoMayWrite: 'everyone', whoMayInvite: 'admins',
    newMembersSeeHistory: true, writingRestricted: false, writingRestrictedUntil: null, unreadMentions: 0, avatarUrl: null,
    syncedSeq: extra.lastSeq ?? 3, ahead: [], ...extra,
  };
}

describe('mergeMessages', () => {
  it('orders by seq and keeps each seq once when a reconnect repeats what the events already brought', () => {
    const merged = mergeMessages([message(1), message(2), message(4)], [message(3), message(4), message(5)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes an edited or deleted copy and never lets an older copy undo it', () => {
    const edited = message(2, { text: 'исправлено', editedAt: '2026-11-23T11:00:00Z' });
    let merged = mergeMessages([message(1), message(2)], [edited]);
    expect(merged[1].text).toBe('исправлено');
    merged = mergeMessages(merged, [message(2)]);
    expect(merged[1].text).toBe('исправлено');
    const deleted = message(2, { text: '', deleted: true });
    merged = mergeMessages(merged, [deleted]);
    expect(merged[1].deleted).toBe(true);
    expect(mergeMessages(merged, [edited])[1].deleted).toBe(true);
  });

  it('turns int64 strings from the contract into numbers', () => {
    const dto = { ...message(7), seq: '7', replyTo: { seq: '6', senderName: 'А', text: 'б', deleted: false } };
    expect(toMessage(dto).seq).toBe(7);
    expect(toMessage(dto).replyTo?.seq).toBe(6);
    expect(toSummary({ ...summary(), lastSeq: '12', readSeq: '10', unread: '2', lastMessage: null }).unread).toBe(2);
  });
});

describe('sync cursor and window', () => {
  it('continues from the highest seq up to which nothing is missing, received or loaded', () => {
    expect(syncCursor(summary({ lastSeq: 10 }), undefined)).toBe(10);
    expect(syncCursor(summary({ lastSeq: 10 }), [message(8), message(9), message(10)])).toBe(10);
    // The loaded window lacks 10 (its event is late): Sync asks for it.
    expect(syncCursor(summary({ lastSeq: 10 }), [message(8), message(9)])).toBe(9);
    // A hole inside the window is asked for again, even when the list counted past it.
    expect(syncCursor(summary({ lastSeq: 12 }), [message(8), message(9), message(11), message(12)])).toBe(9);
    expect(syncCursor(summary({ lastSeq: 3 }), [message(8), message(9)])).toBe(3);
    expect(syncCursor(undefined, undefined)).toBe(0);
  });

  it('drops the side the person is not looking at', () => {
    const all = Array.from({ length: 10 }, (_, i) => message(i + 1));
    expect(boundWindow(all, 4, 'newest').messages.map((m) => m.seq)).toEqual([7, 8, 9, 10]);
    expect(boundWindow(all, 4, 'oldest').messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(boundWindow(all, 20, 'newest').trimmed).toBe(false);
  });
});

describe('pending sends', () => {
  const send = { clientId: 'a', chatId, text: 'Привет', replyToSeq: null, createdAt: '2026-11-23T10:00:00Z' };

  it('a retry of the same clientId stays one pending entry and clears its error', () => {
    let pending = addPending([], send);
    pending = failPending(pending, 'a', 'Нет связи');
    expect(pending[0].error).toBe('Нет связи');
    pending = addPending(pending, send);
    expect(pending).toHaveLength(1);
    expect(pending[0].error).toBeUndefined();
  });

  it('the server copy confirms it, whichever arrives first (answer or event), and a second copy is harmless', () => {
    let pending = addPending(addPending([], send), { ...send, clientId: 'b' });
    pending = confirmPending(pending, { clientId: 'a', chatId });
    expect(pending.map((p) => p.clientId)).toEqual(['b']);
    expect(confirmPending(pending, { clientId: 'a', chatId })).toBe(pending);
  });
});

describe('unread counting', () => {
  it('counts others’ new messages once, not own ones, not when the chat is being read', () => {
    let chats = [summary({ lastSeq: 3, readSeq: 3 })];
    chats = applyIncoming(chats, message(4), me, false);
    chats = applyIncoming(chats, message(4), me, false);
    expect(chats[0]).toMatchObject({ lastSeq: 4, unread: 1 });
    chats = applyIncoming(chats, message(5, { senderId: me }), me, false);
    expect(chats[0]).toMatchObject({ lastSeq: 5, unread: 0, readSeq: 5 });
    chats = applyIncoming(chats, message(6), me, true);
    expect(chats[0]).toMatchObject({ unread: 0, readSeq: 5, lastSeq: 6 });
    chats = applyRead(chats, chatId, 6);
    expect(chats[0]).toMatchObject({ unread: 0, readSeq: 6 });
    expect(chats[0].lastMessage?.text).toBe('текст 6');
  });

  it('a read in another tab lowers the badge to what is still unread', () => {
    const chats = [summary({ lastSeq: 10, readSeq: 5, unread: 5 })];
    expect(applyRead(chats, chatId, 8)[0].unread).toBe(2);
    expect(applyRead(chats, chatId, 4)[0].unread).toBe(5);
    expect(applyRead(chats, 'other', 10)[0].unread).toBe(5);
  });

  it('sorts the channel first, then by last activity', () => {
    const at = (createdAt: string) => ({ seq: 1, senderName: 'А', text: 'т', createdAt, deleted: false });
    const chats = sortChats([
      summary({ id: 'old', lastMessage: at('2026-11-20T10:00:00Z') }),
      summary({ id: 'new', lastMessage: at('2026-11-23T10:00:00Z') }),
      summary({ id: 'empty' }),
      summary({ id: 'channel', kind: 'channel' }),
    ]);
    expect(chats.map((c) => c.id)).toEqual(['channel', 'new', 'old', 'empty']);
  });
});

describe('hub errors and client ids', () => {
  it('reads the code and the Russian text of a refusal', () => {
    const error = new Error("An unexpected error occurred invoking 'Send' on the server. HubException: chat_read_only: В этом чате пишут только администраторы");
    expect(parseHubError(error)).toEqual({ code: 'chat_read_only', text: 'В этом чате пишут только администраторы' });
    expect(parseHubError(new Error('WebSocket closed with status code: 1006'))).toBeNull();
  });

  it('makes distinct RFC 4122 ids', () => {
    const a = newClientId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(a);
  });
});

describe('reactions, polls and changed messages', () => {
  it('shows reaction counts as numbers with the own one marked, dropping zeroes', () => {
    expect(reactionView([{ emoji: '👍', count: '2' }, { emoji: '🔥', count: 1 }, { emoji: '😢', count: 0 }], '🔥')).toEqual([
      { emoji: '👍', count: 2, mine: false },
      { emoji: '🔥', count: 1, mine: true },
    ]);
    expect(reactionView(null, undefined)).toEqual([]);
  });

  it('replaces a loaded message in place and ignores one the window does not hold', () => {
    const a = { seq: 1, text: 'a', deleted: false, editedAt: null } as unknown as ChatMessage;
    const b = { seq: 2, text: 'b', deleted: false, editedAt: null } as unknown as ChatMessage;
    const changed = { ...b, reactions: [{ emoji: '👍', count: 1 }] } as ChatMessage;
    expect(replaceMessage([a, b], changed)[1]).toBe(changed);
    const other = { ...b, seq: 9 } as ChatMessage;
    const list = [a, b];
    expect(replaceMessage(list, other)).toBe(list);
    const deleted = { ...a, deleted: true } as ChatMessage;
    expect(replaceMessage([deleted], a)[0]).toBe(deleted);
  });

  it('computes poll bars as shares of the people who voted and marks the own choice', () => {
    const poll = {
      id: 'p', multipleChoice: true, anonymous: false, closesAt: null, closedAt: null, voters: '4',
      options: [{ index: 0, text: 'Да', votes: 3 }, { index: '1', text: 'Нет', votes: '2' }],
    };
    expect(pollView(poll, [1])).toEqual([
      { index: 0, text: 'Да', votes: 3, share: 75, chosen: false },
      { index: 1, text: 'Нет', votes: 2, share: 50, chosen: true },
    ]);
    expect(pollView({ ...poll, voters: 0, options: [{ index: 0, text: 'Да', votes: 0 }] }, undefined)[0].share).toBe(0);
  });

  it('knows when a poll is open', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(pollIsOpen({ closedAt: null, closesAt: null }, now)).toBe(true);
    expect(pollIsOpen({ closedAt: null, closesAt: '2026-11-23T11:00:00Z' }, now)).toBe(true);
    expect(pollIsOpen({ closedAt: null, closesAt: '2026-11-23T09:00:00Z' }, now)).toBe(false);
    expect(pollIsOpen({ closedAt: '2026-11-23T09:30:00Z', closesAt: null }, now)).toBe(false);
  });

  it('changes, toggles and withdraws votes', () => {
    expect(nextVote([], 1, false)).toEqual([1]);
    expect(nextVote([1], 2, false)).toEqual([2]);
    expect(nextVote([1], 1, false)).toEqual([]);
    expect(nextVote([2], 0, true)).toEqual([0, 2]);
    expect(nextVote([0, 2], 2, true)).toEqual([0]);
  });
});

describe('quiet hours', () => {
  const now = new Date('2026-11-23T20:00:00Z');
  it('is quiet only for a teacher before quietUntil', () => {
    expect(isQuietNow({ applies: true, quietUntil: '2026-11-24T03:00:00Z' }, now)).toBe(true);
    expect(isQuietNow({ applies: true, quietUntil: '2026-11-23T19:00:00Z' }, now)).toBe(false);
    expect(isQuietNow({ applies: true, quietUntil: null }, now)).toBe(false);
    expect(isQuietNow({ applies: false, quietUntil: '2026-11-24T03:00:00Z' }, now)).toBe(false);
    expect(isQuietNow(null, now)).toBe(false);
  });
  it('shows times of day without seconds', () => {
    expect(timeOfDay('08:30:00')).toBe('08:30');
    expect(timeOfDay('17:00')).toBe('17:00');
  });
});

describe('search highlights', () => {
  it('cuts the text into plain and marked parts', () => {
    expect(highlightParts('Контрольная в четверг', [{ start: 14, length: '7' }])).toEqual([
      { text: 'Контрольная в ', mark: false },
      { text: 'четверг', mark: true },
    ]);
  });
  it('merges overlaps, orders ranges and ignores ones outside the text', () => {
    expect(highlightParts('abcdef', [{ start: 3, length: 2 }, { start: 0, length: 2 }, { start: 1, length: 2 }, { start: 10, length: 3 }])).toEqual([
      { text: 'abcde', mark: true },
      { text: 'f', mark: false },
    ]);
    expect(highlightParts('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', mark: false }]);
  });
});

describe('mentions in the chat list and notifications', () => {
  const named = message(4, { mentions: [{ accountId: me, name: 'Я' }] });

  it('counts a mention of me in a chat I am not looking at, and reading to the end clears it', () => {
    const [counted] = applyIncoming([summary()], named, me, false);
    expect(counted.unreadMentions).toBe(1);
    expect(applyIncoming([summary()], named, me, true)[0].unreadMentions).toBe(0);
    expect(applyIncoming([summary()], message(4), me, false)[0].unreadMentions).toBe(0);
    expect(applyRead([counted], chatId, 4)[0].unreadMentions).toBe(0);
  });

  it('notifies a mention even in a visible tab showing another chat, never in quiet hours', () => {
    expect(notificationFor(named, me, { hidden: false, openChatId: 'other-chat', quiet: false })).toBe('mention');
    expect(notificationFor(named, me, { hidden: false, openChatId: chatId, quiet: false })).toBeNull();
    expect(notificationFor(message(4), me, { hidden: false, openChatId: 'other-chat', quiet: false })).toBeNull();
    expect(notificationFor(message(4), me, { hidden: true, openChatId: null, quiet: false })).toBe('message');
    expect(notificationFor(named, me, { hidden: true, openChatId: null, quiet: true })).toBeNull();
  });
});

describe('withArrivals', () => {
  const page = [message(5), message(6), message(7)];

  it('keeps a message committed after the page was read', () => {
    expect(withArrivals(page, false, [message(8)]).map((m) => m.seq)).toEqual([5, 6, 7, 8]);
  });

  it('keeps the first message of a chat whose page came back empty', () => {
    expect(withArrivals([], false, [message(1)]).map((m) => m.seq)).toEqual([1]);
  });

  it('takes a change to a message on the page and ignores one older than the page', () => {
    const merged = withArrivals(page, false, [message(6, { deleted: true }), message(2, { editedAt: '2026-11-23T11:00:00Z' })]);
    expect(merged.map((m) => m.seq)).toEqual([5, 6, 7]);
    expect(merged[1].deleted).toBe(true);
  });

  it('adds nothing to a window that has newer messages after it', () => {
    expect(withArrivals(page, true, [message(90)]).map((m) => m.seq)).toEqual([5, 6, 7]);
  });
});

describe('withLiveSummaries', () => {
  it('keeps a message that arrived while the list was on its way', () => {
    const held = applyIncoming([summary()], message(4), me, false);
    const fetched = [summary({ title: 'Переименован' })];
    const [chat] = withLiveSummaries(fetched, held);
    expect(chat).toMatchObject({ title: 'Переименован', lastSeq: 4, unread: 1 });
    expect(chat.lastMessage?.seq).toBe(4);
  });

  it('takes the fetched row when it is as new as what the tab holds, and adds chats the tab did not know', () => {
    const held = [summary({ unread: 2 })];
    const fetched = [summary({ unread: 0, readSeq: 3 }), summary({ id: 'c2', lastSeq: 7 })];
    expect(withLiveSummaries(fetched, held)).toEqual(fetched);
    expect(withLiveSummaries(fetched, null)).toEqual(fetched);
  });
});
