import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { FormAlert, LoadError } from '../../../components/Form';
import { t } from '../../../i18n';
import {
  applyAdded,
  applyDeleted,
  applyPage,
  commentsLink,
  nextCursor,
  toComment,
  type PostComment,
  type ThreadState,
} from './comments';
import { realtime } from '../../../realtime/connection';
import { useHubEvents } from '../../../realtime/hubEvents';
import { newClientId, type ChatMessage } from '../messenger/messages';

// MSG-1: comments under posts of the information channel — the link under each post, the administrator's
// switch, the composer's «Разрешить комментарии», and the thread panel (full screen on a phone).

type CommentPageDto = components['schemas']['CommentPageDto'];
type CommentDto = components['schemas']['CommentDto'];
type CommentEvent = components['schemas']['CommentEvent'];

const PAGE = 50;
const dayTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** Under a channel post: «Комментарии (N)» or «Комментировать», and for its administrators the switch. */
export function PostCommentsBar({ message, canModerate, open, onOpen, onSwitch }: {
  message: ChatMessage;
  canModerate: boolean;
  open: boolean;
  onOpen: () => void;
  onSwitch: (enabled: boolean) => void;
}) {
  if (message.deleted) return null;
  const link = commentsLink(message);
  return (
    <div className="message-foot post-comments-bar">
      {link && (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={onOpen}
        >
          {link.count > 0 ? t('comments.open', { count: String(link.count) }) : t('comments.first')}
        </button>
      )}
      {link && !message.commentsEnabled && <span className="muted">{t('comments.closedNote')}</span>}
      {canModerate && (
        <button type="button" className="link-button" onClick={() => onSwitch(!message.commentsEnabled)}>
          {message.commentsEnabled ? t('comments.disable') : t('comments.enable')}
        </button>
      )}
    </div>
  );
}

/** The channel composer's option, for the administrators who post there. */
export function AllowCommentsOption({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="choice composer-ack">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {t('comments.allow')}
    </label>
  );
}

interface PanelProps {
  organizationId: string;
  chatId: string;
  post: ChatMessage;
  me: string;
  canModerate: boolean;
  /** The channel's administrators open and close comments from the thread too (on a phone it covers the post). */
  onSwitch: (enabled: boolean) => void;
  onClose: () => void;
}

/**
 * One post's comment thread: oldest first with «Показать ещё», live additions and deletions from the hub,
 * a composer while comments are open. Escape or «Закрыть» returns focus to where the person was.
 */
export function CommentThreadPanel({ organizationId, chatId, post, me, canModerate, onSwitch, onClose }: PanelProps) {
  const base = `/api/organizations/${organizationId}/chats/${chatId}/messages/${post.seq}/comments`;
  const [thread, setThread] = useState<ThreadState | null>(null);
  const [loadError, setLoadError] = useState<ApiError>();
  const [actionError, setActionError] = useState<ApiError>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const threadRef = useRef<ThreadState | null>(null);
  threadRef.current = thread;

  const loadMore = useCallback(async () => {
    setLoadingMore(true);
    try {
      const after = nextCursor(threadRef.current);
      const page = await api.get<CommentPageDto>(`${base}?limit=${PAGE}${after ? `&after=${after}` : ''}`);
      setThread((state) => applyPage(state, page));
      setLoadError(undefined);
    } catch (failure) {
      if (failure instanceof ApiError) setLoadError(failure);
    } finally {
      setLoadingMore(false);
    }
  }, [base]);

  // The first page, and again after a reconnect (events may have been missed meanwhile).
  useEffect(() => {
    setThread(null);
    threadRef.current = null;
    void loadMore();
    return realtime().onOnline(() => {
      if (threadRef.current && !threadRef.current.hasMore) void loadMore();
    });
  }, [loadMore]);

  const mine = (event: CommentEvent) => event.comment.chatId === chatId && Number(event.comment.postSeq) === post.seq;
  useHubEvents({
    CommentAdded: (event) => {
      if (!mine(event)) return;
      setThread((state) => (state ? applyAdded(state, toComment(event.comment)) : state));
      if (event.comment.authorId !== me) setAnnouncement(t('comments.added', { name: event.comment.authorName }));
    },
    CommentDeleted: (event) => {
      if (mine(event)) setThread((state) => (state ? applyDeleted(state, toComment(event.comment)) : state));
    },
  });

  // Focus moves into the panel when it opens and back where it came from when it closes.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    // The link that opened the thread may be gone (comments closed with none written): then focus stays put.
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [post.seq]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  }

  async function remove(comment: PostComment) {
    setActionError(undefined);
    try {
      const dto = await api.request<CommentDto>('DELETE', `${base}/${comment.id}`);
      setThread((state) => (state ? applyDeleted(state, toComment(dto)) : state));
    } catch (failure) {
      if (failure instanceof ApiError) setActionError(failure);
    }
  }

  const comments = thread?.comments ?? [];
  return (
    <aside className="comment-panel" role="dialog" aria-labelledby="comment-panel-title" onKeyDown={onKeyDown}>
      <header className="comment-panel-head">
        <h3 id="comment-panel-title" ref={heading} tabIndex={-1}>
          {t('comments.title')}
        </h3>
        {canModerate && (
          <button type="button" className="link-button" onClick={() => onSwitch(!post.commentsEnabled)}>
            {post.commentsEnabled ? t('comments.disable') : t('comments.enable')}
          </button>
        )}
        <button type="button" className="button-secondary button-small" onClick={onClose}>
          {t('comments.close')}
        </button>
      </header>
      <blockquote className="reply-preview comment-post">
        <strong>{post.senderName}</strong>
        <span>{post.text}</span>
      </blockquote>
      {loadError && !thread ? (
        <LoadError title={loadError.title} />
      ) : !thread ? (
        <p role="status">{t('comments.loading')}</p>
      ) : comments.length === 0 ? (
        <p className="empty-state">{post.commentsEnabled ? t('comments.empty') : t('comments.emptyClosed')}</p>
      ) : (
        <ol className="comments" aria-label={t('comments.list')}>
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} mine={comment.authorId === me}
              canDelete={!comment.deleted && (comment.authorId === me || canModerate)} onDelete={() => void remove(comment)} />
          ))}
        </ol>
      )}
      {thread?.hasMore && (
        <p className="chat-log-more">
          <button type="button" className="button-secondary button-small" disabled={loadingMore} onClick={() => void loadMore()}>
            {t('comments.more')}
          </button>
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {actionError && <FormAlert problem={actionError} />}
      {post.commentsEnabled ? (
        <CommentComposer base={base} onAdded={(dto) => setThread((state) => (state ? applyAdded(state, toComment(dto)) : state))} />
      ) : (
        <p className="muted">{t('comments.closed')}</p>
      )}
    </aside>
  );
}

function CommentItem({ comment, mine, canDelete, onDelete }: { comment: PostComment; mine: boolean; canDelete: boolean; onDelete: () => void }) {
  return (
    <li className={`comment${mine ? ' comment-mine' : ''}`}>
      <p className="message-meta">
        <strong>{mine ? t('chats.you') : comment.authorName}</strong>
        {comment.authorVerifiedTeacher && <span className="badge badge-verified badge-small">✓ {t('chats.verifiedTeacher')}</span>}{' '}
        <time dateTime={comment.createdAt} className="muted">
          {dayTime.format(new Date(comment.createdAt))}
        </time>
      </p>
      {comment.deleted ? (
        <p className="message-text message-deleted">{t('comments.deleted')}</p>
      ) : (
        <p className="message-text prewrap">{comment.text}</p>
      )}
      {canDelete && (
        <button type="button" className="link-button link-danger" aria-label={t('comments.deleteNamed', { name: comment.authorName })} onClick={onDelete}>
          {t('comments.delete')}
        </button>
      )}
    </li>
  );
}

/**
 * Writes one comment. The client id is kept until the server confirms, so pressing «Отправить» again after a
 * lost answer returns the stored comment instead of a second one.
 */
function CommentComposer({ base, onAdded }: { base: string; onAdded: (dto: CommentDto) => void }) {
  const [text, setText] = useState('');
  const [clientId, setClientId] = useState(newClientId);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      onAdded(await api.post<CommentDto>(base, { clientId, text: value }));
      setText('');
      setClientId(newClientId());
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form className="composer comment-composer" onSubmit={(e) => void submit(e)}>
      {error && <FormAlert problem={error} />}
      <label htmlFor="comment-text" className="sr-only">
        {t('comments.composer')}
      </label>
      <div className="composer-row">
        <textarea id="comment-text" rows={2} value={text} placeholder={t('comments.composer')} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
        <button type="submit" disabled={busy}>
          {t('comments.send')}
        </button>
      </div>
    </form>
  );
}
