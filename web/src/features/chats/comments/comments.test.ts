import { describe, expect, it } from 'vitest';
import { applyAdded, applyDeleted, applyPage, commentsLink, mergeComments, nextCursor, toComment, withCommentCount, type PostComment } from './comments';
import type { ChatMessage } from '../messenger/messages';

function comment(n: number, extra: Partial<PostComment> = {}): PostComment {
  return {
    id: `c${n}`, chatId: 'channel', postSeq: 7, authorId: 'a', authorName: 'Козлова Анна Петровна', authorVerifiedTeacher: false, clientId: `client-${n}`,
    text: `комментарий ${n}`, createdAt: `2026-11-23T10:00:0${n}Z`, deleted: false, ...extra,
  };
}

describe('comment threads', () => {
  it('keeps each comment once, oldest first, and a deleted copy over a live one', () => {
    const merged = mergeComments([comment(2), comment(1)], [comment(3), comment(2, { deleted: true, text: '' })]);
    expect(merged.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(merged[1].deleted).toBe(true);
    expect(mergeComments(merged, [comment(2)])[1].deleted).toBe(true);
  });

  it('pages on from the last loaded comment', () => {
    const first = applyPage(null, { comments: [comment(1), comment(2)], hasMore: true });
    expect(nextCursor(first)).toBe('c2');
    expect(nextCursor(null)).toBeUndefined();
    const second = applyPage(first, { comments: [comment(3)], hasMore: false });
    expect(second).toEqual({ comments: [comment(1), comment(2), comment(3)], hasMore: false });
  });

  it('takes a live comment only when nothing newer waits on the server', () => {
    const partial = { comments: [comment(1)], hasMore: true };
    expect(applyAdded(partial, comment(5))).toBe(partial);
    const complete = { comments: [comment(1)], hasMore: false };
    expect(applyAdded(complete, comment(5)).comments.map((c) => c.id)).toEqual(['c1', 'c5']);
    expect(applyAdded(applyAdded(complete, comment(5)), comment(5)).comments).toHaveLength(2);
  });

  it('marks a loaded comment deleted and ignores one it never loaded', () => {
    const state = { comments: [comment(1)], hasMore: true };
    expect(applyDeleted(state, comment(1, { deleted: true, text: '' })).comments[0].deleted).toBe(true);
    expect(applyDeleted(state, comment(9, { deleted: true }))).toBe(state);
  });

  it('reads int64 post numbers sent as strings', () => {
    expect(toComment({ ...comment(1), postSeq: '7' }).postSeq).toBe(7);
  });
});

describe('under a channel post', () => {
  it('shows the count while open, keeps it after closing, and nothing when closed and empty or deleted', () => {
    expect(commentsLink({ deleted: false, commentsEnabled: true, commentCount: 0 })).toEqual({ count: 0 });
    expect(commentsLink({ deleted: false, commentsEnabled: false, commentCount: '3' })).toEqual({ count: 3 });
    expect(commentsLink({ deleted: false, commentsEnabled: false, commentCount: 0 })).toBeNull();
    expect(commentsLink({ deleted: true, commentsEnabled: true, commentCount: 2 })).toBeNull();
  });

  it('moves the post’s count and leaves the list alone when nothing changed', () => {
    const messages = [{ seq: 7, commentCount: 1 }, { seq: 8, commentCount: 0 }] as ChatMessage[];
    expect(withCommentCount(messages, 7, 2)[0].commentCount).toBe(2);
    expect(withCommentCount(messages, 7, 1)).toBe(messages);
    expect(withCommentCount(messages, 99, 4)).toBe(messages);
  });
});
