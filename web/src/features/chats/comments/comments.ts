// MSG-1 comment threads under channel posts: the pure rules of the thread panel, apart from React and
// SignalR so they can be tested on their own — merging pages and live events (each comment once, oldest
// first), and what a post shows under it.
import type { components } from '../../../api/schema';
import type { ChatMessage } from '../messenger/messages';

type Schemas = components['schemas'];

export interface PostComment extends Omit<Schemas['CommentDto'], 'postSeq'> {
  postSeq: number;
}

/** The loaded part of a thread: oldest first; `hasMore` says newer comments wait on the server. */
export interface ThreadState {
  comments: PostComment[];
  hasMore: boolean;
}

export function toComment(dto: Schemas['CommentDto']): PostComment {
  return { ...dto, postSeq: Number(dto.postSeq) };
}

function byTime(a: PostComment, b: PostComment): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Adds comments to a thread, each once; a deleted copy wins over the live one. */
export function mergeComments(known: readonly PostComment[], incoming: readonly PostComment[]): PostComment[] {
  const byId = new Map(known.map((c) => [c.id, c]));
  for (const comment of incoming) {
    const present = byId.get(comment.id);
    if (!present || !present.deleted) byId.set(comment.id, comment);
  }
  return [...byId.values()].sort(byTime);
}

/** A page from the server, after what the thread holds. */
export function applyPage(state: ThreadState | null, page: Schemas['CommentPageDto']): ThreadState {
  return { comments: mergeComments(state?.comments ?? [], page.comments.map(toComment)), hasMore: page.hasMore };
}

/**
 * A comment that arrived live. While newer comments still wait on the server the thread does not take it:
 * the next page (after the last loaded one) brings it in its place, and a cursor never skips over a gap.
 */
export function applyAdded(state: ThreadState, comment: PostComment): ThreadState {
  if (state.hasMore || state.comments.some((c) => c.id === comment.id)) return state;
  return { ...state, comments: mergeComments(state.comments, [comment]) };
}

/** A comment deleted live: its loaded copy becomes «комментарий удалён». */
export function applyDeleted(state: ThreadState, comment: PostComment): ThreadState {
  return state.comments.some((c) => c.id === comment.id) ? { ...state, comments: mergeComments(state.comments, [comment]) } : state;
}

/** The cursor for the next page: the last loaded comment. */
export function nextCursor(state: ThreadState | null): string | undefined {
  return state && state.comments.length > 0 ? state.comments[state.comments.length - 1].id : undefined;
}

/**
 * What a channel post shows under it: «Комментарии (N)» when there are some, «Комментировать» when none and
 * comments are open, nothing when closed and none were written (closing keeps the existing ones readable).
 */
export function commentsLink(message: Pick<ChatMessage, 'deleted' | 'commentsEnabled' | 'commentCount'>): { count: number } | null {
  if (message.deleted) return null;
  const count = Number(message.commentCount);
  return message.commentsEnabled || count > 0 ? { count } : null;
}

/** A post's count after a comment event; the same array when nothing changed. */
export function withCommentCount(messages: readonly ChatMessage[], seq: number, count: number): ChatMessage[] {
  const index = messages.findIndex((m) => m.seq === seq);
  if (index < 0 || Number(messages[index].commentCount) === count) return messages as ChatMessage[];
  const next = [...messages];
  next[index] = { ...messages[index], commentCount: count };
  return next;
}
