export function toReceipt(dto) {
    return { read: Number(dto.read), of: Number(dto.of), acknowledged: dto.acknowledged === null || dto.acknowledged === undefined ? null : Number(dto.acknowledged) };
}
export function toMessage(dto) {
    return { ...dto, seq: Number(dto.seq), replyTo: dto.replyTo ? { ...dto.replyTo, seq: Number(dto.replyTo.seq) } : null };
}
export function toSummary(dto) {
    return {
        ...dto,
        lastSeq: Number(dto.lastSeq),
        readSeq: Number(dto.readSeq),
        unread: Number(dto.unread),
        lastMessage: dto.lastMessage ? { ...dto.lastMessage, seq: Number(dto.lastMessage.seq) } : null,
    };
}
/**
 * History and new messages together, ordered by seq with each seq once. A later copy of a message
 * (edited or deleted) replaces the earlier one; an older copy never overwrites a newer change.
 */
export function mergeMessages(existing, incoming) {
    if (incoming.length === 0)
        return existing;
    const bySeq = new Map();
    for (const m of existing)
        bySeq.set(m.seq, m);
    for (const m of incoming) {
        const known = bySeq.get(m.seq);
        if (!known || isNewerCopy(m, known))
            bySeq.set(m.seq, m);
    }
    return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
function isNewerCopy(candidate, known) {
    if (known.deleted)
        return false;
    if (candidate.deleted)
        return true;
    return (candidate.editedAt ?? '') >= (known.editedAt ?? '');
}
/** The highest sequence number the client holds for a chat: where a reconnect's Sync continues from. */
export function syncCursor(summary, messages) {
    const loaded = messages && messages.length > 0 ? messages[messages.length - 1].seq : 0;
    return Math.max(summary?.lastSeq ?? 0, loaded);
}
/**
 * Keeps the rendered history bounded: when a window grows past the limit, the side the person is not
 * looking at is dropped (it is fetched again when they scroll there).
 */
export function boundWindow(messages, limit, keep) {
    if (messages.length <= limit)
        return { messages: messages, trimmed: false };
    return keep === 'newest'
        ? { messages: messages.slice(messages.length - limit), trimmed: true }
        : { messages: messages.slice(0, limit), trimmed: true };
}
/** Adds a send to the pending list, or leaves the list alone if this clientId is already waiting (a retry). */
export function addPending(pending, send) {
    return pending.some((p) => p.clientId === send.clientId)
        ? pending.map((p) => (p.clientId === send.clientId ? { ...p, error: undefined } : p))
        : [...pending, send];
}
/** The server's copy of a message arrived (the Send answer or the Message event): it is no longer pending. */
export function confirmPending(pending, message) {
    return pending.some((p) => p.clientId === message.clientId && p.chatId === message.chatId)
        ? pending.filter((p) => !(p.clientId === message.clientId && p.chatId === message.chatId))
        : pending;
}
export function failPending(pending, clientId, error) {
    return pending.map((p) => (p.clientId === clientId ? { ...p, error } : p));
}
/**
 * A new message reaches the chat list: the chat's last message and seq move forward, and the unread count
 * grows by one when someone else wrote it and the person is not looking at the chat (then the conversation
 * marks it read, which moves the cursor through applyRead). A message the list
 * already counted (same or lower seq, e.g. repeated by Sync) changes nothing.
 */
export function applyIncoming(chats, message, me, viewing) {
    return chats.map((chat) => {
        if (chat.id !== message.chatId || message.seq <= chat.lastSeq)
            return chat;
        const mine = message.senderId === me;
        // The sender has read their own message (the server moves their cursor too). A chat being looked at
        // does not count the message, but its cursor moves only when the client marks it read on the server.
        return {
            ...chat,
            lastSeq: message.seq,
            readSeq: mine ? message.seq : chat.readSeq,
            unread: mine ? 0 : viewing ? chat.unread : chat.unread + 1,
            lastMessage: { seq: message.seq, senderName: message.senderName, text: message.text, createdAt: message.createdAt, deleted: message.deleted },
        };
    });
}
/** An edit or deletion of the chat's last message shows in the list too. */
export function applyChanged(chats, message) {
    return chats.map((chat) => chat.id === message.chatId && chat.lastMessage?.seq === message.seq
        ? { ...chat, lastMessage: { ...chat.lastMessage, text: message.text, deleted: message.deleted } }
        : chat);
}
/** The person read up to seq (here or in another tab): the badge shrinks to what is still after it. */
export function applyRead(chats, chatId, seq) {
    return chats.map((chat) => {
        if (chat.id !== chatId || seq <= chat.readSeq)
            return chat;
        return { ...chat, readSeq: seq, unread: Math.max(0, Math.min(chat.unread, chat.lastSeq - seq)) };
    });
}
/** The information channel first, then by last activity, newest first (as the server orders them). */
export function sortChats(chats) {
    const activity = (c) => c.lastMessage?.createdAt ?? '';
    return [...chats].sort((a, b) => {
        if ((a.kind === 'channel') !== (b.kind === 'channel'))
            return a.kind === 'channel' ? -1 : 1;
        return activity(b).localeCompare(activity(a));
    });
}
export function totalUnread(chats) {
    return chats.reduce((sum, chat) => sum + chat.unread, 0);
}
/** A hub refusal ends with «code: text»; the text is Russian for people. */
export function parseHubError(error) {
    const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
    const match = /HubException: ([a-z_]+): (.+)$/s.exec(message) ?? /^([a-z_]+): (.+)$/s.exec(message);
    return match ? { code: match[1], text: match[2].trim() } : null;
}
/** A client id for a send; crypto.randomUUID exists only on secure origins, so plain HTTP on a LAN falls back. */
export function newClientId() {
    if (typeof crypto.randomUUID === 'function')
        return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** The reactions the server accepts, in the order the picker shows them. */
export const REACTIONS = ['👍', '❤️', '😂', '😮', '😢', '🙏', '👏', '🔥', '🎉', '✅'];
/** The counts under a message, with the person's own reaction marked (counts arrive as numbers or strings). */
export function reactionView(reactions, mine) {
    return (reactions ?? [])
        .map((r) => ({ emoji: r.emoji, count: Number(r.count), mine: r.emoji === mine }))
        .filter((r) => r.count > 0);
}
/**
 * A changed copy of a message (reaction, vote, edit) replaces the loaded one in place, also in a window
 * scrolled away from the newest messages; a message the window does not hold is left out.
 */
export function replaceMessage(messages, message) {
    const index = messages.findIndex((m) => m.seq === message.seq);
    if (index < 0 || !isNewerCopy(message, messages[index]))
        return messages;
    const next = [...messages];
    next[index] = message;
    return next;
}
/** A poll's answers with their bars: shares are of the people who voted (several answers may add past 100 %). */
export function pollView(poll, myOptions) {
    const voters = Number(poll.voters);
    return poll.options.map((o) => {
        const votes = Number(o.votes);
        return {
            index: Number(o.index),
            text: o.text,
            votes,
            share: voters > 0 ? Math.round((votes * 100) / voters) : 0,
            chosen: (myOptions ?? []).includes(Number(o.index)),
        };
    });
}
/** Open until closed by hand or until its closing time passes. */
export function pollIsOpen(poll, now) {
    if (poll.closedAt)
        return false;
    return !poll.closesAt || new Date(poll.closesAt).getTime() > now.getTime();
}
/**
 * The vote after pressing an answer: one choice replaces the previous one (pressing it again withdraws),
 * several choices toggle the answer. An empty list withdraws the vote.
 */
export function nextVote(current, index, multipleChoice) {
    if (!multipleChoice)
        return current.length === 1 && current[0] === index ? [] : [index];
    return current.includes(index) ? current.filter((i) => i !== index) : [...current, index].sort((a, b) => a - b);
}
/** A teacher's own client stays silent until the end of their quiet hours (the server says until when). */
export function isQuietNow(quiet, now) {
    return !!quiet && quiet.applies && !!quiet.quietUntil && new Date(quiet.quietUntil).getTime() > now.getTime();
}
/** «HH:MM» from the server's «HH:MM:SS» time of day, for time inputs and texts. */
export function timeOfDay(value) {
    return value.slice(0, 5);
}
/**
 * A search hit's text cut into plain and highlighted parts (rendered as text and <mark>, never as HTML).
 * Highlights arrive as UTF-16 offsets; out-of-range or overlapping ones are clamped and merged.
 */
export function highlightParts(text, highlights) {
    const ranges = highlights
        .map((h) => [Math.max(0, Number(h.start)), Math.min(text.length, Number(h.start) + Number(h.length))])
        .filter(([s, e]) => e > s)
        .sort((a, b) => a[0] - b[0]);
    const parts = [];
    let at = 0;
    for (const [s, e] of ranges) {
        if (e <= at)
            continue;
        const from = Math.max(s, at);
        if (from > at)
            parts.push({ text: text.slice(at, from), mark: false });
        const last = parts[parts.length - 1];
        if (last?.mark && from === at)
            last.text += text.slice(from, e);
        else
            parts.push({ text: text.slice(from, e), mark: true });
        at = e;
    }
    if (at < text.length)
        parts.push({ text: text.slice(at), mark: false });
    return parts;
}
