// Messages for the chat rules' tests.
import type { ChatMessage } from './messages';

export const chatId = 'c1';

/** A message of chat c1 from someone else, with its seq in the text and the time. */
export function message(seq: number, extra: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `m${seq}`, chatId, seq, senderId: 'other', senderName: 'Петров И. С.', senderVerifiedTeacher: true, clientId: `client-${seq}`,
    text: `текст ${seq}`, replyTo: null, forwarded: null, createdAt: `2026-11-23T10:00:${String(seq % 60).padStart(2, '0')}Z`, editedAt: null, deleted: false,
    requiresAcknowledgement: false, reactions: [], poll: null, commentsEnabled: false, commentCount: 0, mentions: [],
    ...extra,
  };
}
