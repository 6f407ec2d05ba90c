import { describe, expect, it } from 'vitest';
import { advance, contiguousEnd, holds } from './cursor';
import { applyIncoming, chatsBehind, syncCursor, toSummary, withLiveSummaries, type ChatSummary } from './chatList';
import { chatId, message } from './testMessages';

const me = 'me';

/** A chat as the server lists it with its last message at `lastSeq`. */
function listed(lastSeq: number, extra: Partial<ChatSummary> = {}): ChatSummary {
  return {
    ...toSummary({
      id: chatId, kind: 'class', title: '5А — ученики', description: null, classId: null, audience: 'students', groupId: null, peer: null,
      lastSeq, readSeq: lastSeq, unread: 0, lastMessage: null, isAdmin: false, canWrite: true, whoMayWrite: 'everyone', whoMayInvite: 'admins',
      newMembersSeeHistory: true, writingRestricted: false, writingRestrictedUntil: null, unreadMentions: 0, avatarUrl: null,
    }),
    ...extra,
  };
}

function receiveAll(chat: ChatSummary, seqs: number[]): ChatSummary {
  return seqs.reduce((chats, seq) => applyIncoming(chats, message(seq), me, false), [chat])[0];
}

describe('cursor', () => {
  it('moves through every seq that follows without a hole, and keeps the ones across a hole', () => {
    expect(advance({ syncedSeq: 3, ahead: [] }, [4])).toEqual({ syncedSeq: 4, ahead: [] });
    expect(advance({ syncedSeq: 3, ahead: [] }, [6, 5])).toEqual({ syncedSeq: 3, ahead: [5, 6] });
    expect(advance({ syncedSeq: 3, ahead: [5, 6] }, [4])).toEqual({ syncedSeq: 6, ahead: [] });
    expect(advance({ syncedSeq: 3, ahead: [5] }, [2, 3])).toEqual({ syncedSeq: 3, ahead: [5] });
    expect(holds({ syncedSeq: 3, ahead: [5] }, 5)).toBe(true);
    expect(holds({ syncedSeq: 3, ahead: [5] }, 4)).toBe(false);
  });

  it('finds where a sorted window first has a hole', () => {
    expect(contiguousEnd([4, 5, 6])).toBe(6);
    expect(contiguousEnd([4, 5, 7, 8])).toBe(5);
    expect(contiguousEnd([])).toBe(Infinity);
  });
});

describe('a chat whose live events arrive out of order (issue 18)', () => {
  it('syncs from below a late message, not from the highest one received', () => {
    const chat = receiveAll(listed(10), [11, 13, 14]);
    expect(chat).toMatchObject({ lastSeq: 14, syncedSeq: 11, ahead: [13, 14] });
    expect(syncCursor(chat, undefined)).toBe(11);
    expect(chatsBehind([chat], () => undefined)).toEqual([{ chatId, afterSeq: 11 }]);
  });

  it('counts the late message once when it comes, and then lacks nothing', () => {
    let chat = receiveAll(listed(10), [11, 13, 14]);
    expect(chat.unread).toBe(3);
    chat = receiveAll(chat, [12]);
    expect(chat).toMatchObject({ lastSeq: 14, syncedSeq: 14, ahead: [], unread: 4 });
    expect(chat.lastMessage?.seq).toBe(14); // the late one does not become the last message
    chat = receiveAll(chat, [12, 13]); // repeated by Sync
    expect(chat.unread).toBe(4);
    expect(chatsBehind([chat], () => undefined)).toEqual([]);
  });

  it('a person’s own late message marks what is before it read, not what came after it', () => {
    const [chat] = applyIncoming([receiveAll(listed(10), [12])], message(11, { senderId: me }), me, false);
    expect(chat).toMatchObject({ readSeq: 11, unread: 1, syncedSeq: 12 });
  });

  it('asks Sync for what the open window lacks although the refetched list counted it', () => {
    const chat = withLiveSummaries([listed(12)], [receiveAll(listed(10), [11])])[0];
    expect(chat.syncedSeq).toBe(12);
    expect(chatsBehind([chat], () => [message(10), message(11)])).toEqual([{ chatId, afterSeq: 11 }]);
    expect(chatsBehind([chat], () => [message(10), message(11), message(12)])).toEqual([]);
  });

  it('a refetched list older than what arrived keeps the tab’s hole to fill', () => {
    const held = receiveAll(listed(10), [11, 13]);
    const chat = withLiveSummaries([listed(11)], [held])[0];
    expect(chat).toMatchObject({ lastSeq: 13, syncedSeq: 11, ahead: [13] });
  });
});
