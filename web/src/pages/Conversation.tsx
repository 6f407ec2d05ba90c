import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { components } from '../api/schema';
import { FormAlert, LoadError, Loading, TextArea } from '../components/Form';
import { t } from '../i18n';
import { nextVote, pollIsOpen, pollView, REACTIONS, reactionView, type ChatMessage, type ChatSummary, type PendingSend, type Receipt } from '../chat/logic';
import type { Messenger, NewPoll } from '../chat/useMessenger';
import { AllowCommentsOption, CommentThreadPanel, PostCommentsBar } from './PostComments';
import { ChatInviteLinks } from './ChatInviteLinks';
import { ForwardDialog, ForwardedFrom } from './ForwardDialog';
import { useMentionPicker } from './MentionPicker';
import { MessageText } from '../chat/MessageText';
import { plainText } from '../chat/markup';
import { ConversationTitle } from '../chat/ConversationTitle';
import { ScheduledBar, SchedulePicker, useScheduledMessages, type Scheduled } from '../chat/ScheduledMessages';
import { FormattingToolbar, handleFormattingKey } from '../chat/FormattingToolbar';
import { messageLength } from '../chat/messageLength';
import { MessageLengthCounter } from '../chat/MessageLengthCounter';

type ReadersDto = components['schemas']['ReadersDto'];
type OptionVotersDto = components['schemas']['OptionVotersDto'];
type AcknowledgementsDto = components['schemas']['AcknowledgementsDto'];
type QuietMemberDto = components['schemas']['QuietMemberDto'];
type ReportReason = components['schemas']['ReportReason'];

const REPORT_REASONS: ReportReason[] = ['bullying', 'inappropriate', 'spam', 'personalData', 'other'];

const time = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit' });
const dayTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

function when(iso: string): string {
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString() ? time.format(date) : dayTime.format(date);
}

interface Props {
  organizationId: string;
  chat: ChatSummary;
  messenger: Messenger;
  me: string;
  isStaff: boolean;
  isAdministrator: boolean;
}

/** One open chat: its history (older pages on scroll up), pending sends, who is typing, the composer. */
export function Conversation({ organizationId, chat, messenger, me, isStaff, isAdministrator }: Props) {
  const history = messenger.histories[chat.id];
  const error = messenger.historyErrors[chat.id];
  const pending = messenger.pending.filter((p) => p.chatId === chat.id);
  const typing = messenger.typing[chat.id];
  const [replyTo, setReplyTo] = useState<ChatMessage | null>(null);
  const [editing, setEditing] = useState<ChatMessage | null>(null);
  const [actionError, setActionError] = useState<ApiError>();
  const log = useRef<HTMLDivElement>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  const stickToBottom = useRef(true);
  const firstSeq = useRef<number | null>(null);
  const heightBefore = useRef(0);
  const canModerate = chat.isAdmin || isAdministrator;
  // Pins: chat admins, or both people in a direct chat (as the server decides).
  const canPin = chat.kind === 'direct' || canModerate;
  const pins = messenger.pins[chat.id] ?? [];
  const pinnedSeqs = new Set(pins.map((p) => p.seq));
  // A jump request is a new object each time, so opening the same message twice focuses and highlights it again.
  const [focusRequest, setFocusRequest] = useState<{ seq: number } | null>(null);
  const [highlight, setHighlight] = useState<{ seq: number } | null>(null);
  const [pollOpen, setPollOpen] = useState(false);
  const [quietMembers, setQuietMembers] = useState<QuietMemberDto[]>([]);
  const [reporting, setReporting] = useState<ChatMessage | null>(null);
  const [notice, setNotice] = useState('');
  const restricted = useWritingRestriction(chat);
  // MSG-7: a moderator's restriction closes every way of writing, as the server refuses them anyway.
  const mayWrite = chat.canWrite && !restricted;
  // MSG-1: channel posts may be commented on; the open thread is one post's, by seq.
  const isChannel = chat.kind === 'channel';
  const [threadSeq, setThreadSeq] = useState<number | null>(null);
  const [allowComments, setAllowComments] = useState(false);
  const [forwarding, setForwarding] = useState<ChatMessage | null>(null);

  // MSG-6: teachers of this chat who are outside their working hours, and when they will be notified.
  useEffect(() => {
    let alive = true;
    async function load() {
      try {
        const list = await api.get<QuietMemberDto[]>(`/api/organizations/${organizationId}/chats/${chat.id}/quiet-members`);
        if (alive) setQuietMembers(list);
      } catch {
        // A courtesy line; it is simply not shown.
      }
    }
    void load();
    const timer = setInterval(() => void load(), 60 * 1000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [organizationId, chat.id]);

  const messages = history?.messages ?? [];
  const lastSeq = messages.length > 0 ? messages[messages.length - 1].seq : 0;
  const threadPost = threadSeq === null ? undefined : messages.find((m) => m.seq === threadSeq);
  const scheduled = useScheduledMessages(organizationId, chat.id, messenger.quiet?.timeZone, lastSeq);

  // Keep the view where the person was: at the bottom for new messages, in place when older ones load above.
  useLayoutEffect(() => {
    const element = log.current;
    if (!element) return;
    const first = messages[0]?.seq ?? null;
    if (firstSeq.current !== null && first !== null && first < firstSeq.current) {
      element.scrollTop += element.scrollHeight - heightBefore.current;
    } else if (stickToBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
    firstSeq.current = first;
    heightBefore.current = element.scrollHeight;
  });

  // Read while visible: the cursor moves to the newest message shown.
  useEffect(() => {
    function mark() {
      if (document.visibilityState === 'visible' && !history?.hasNewer && lastSeq > chat.readSeq) messenger.markRead(chat.id, lastSeq);
    }
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [chat.id, chat.readSeq, lastSeq, history?.hasNewer, messenger]);

  // A pinned message (or search hit) opened in context: brought into view and focused once for keyboard users
  // (waiting for its page to arrive), then highlighted for a moment. Later messages must not pull focus back.
  useEffect(() => {
    if (focusRequest === null) return;
    const element = log.current?.querySelector<HTMLElement>(`[data-seq="${focusRequest.seq}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    setFocusRequest(null);
    setHighlight({ seq: focusRequest.seq });
  }, [focusRequest, messages]);
  useEffect(() => {
    if (highlight === null) return;
    const timer = setTimeout(() => setHighlight(null), 2500);
    return () => clearTimeout(timer);
  }, [highlight]);

  // ?message=N (a reminder or a search hit) opens that message in context once.
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('message') ?? '');
  useEffect(() => {
    if (!wanted || !history) return;
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete('message');
      return next;
    }, { replace: true });
    void jump(wanted);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, history !== undefined]);

  async function jump(seq: number) {
    setActionError(undefined);
    stickToBottom.current = false;
    if (!messages.some((m) => m.seq === seq)) {
      try {
        await messenger.jumpTo(chat.id, seq);
      } catch (failure) {
        if (failure instanceof ApiError) setActionError(failure);
        return;
      }
    }
    setFocusRequest({ seq });
  }

  async function act(action: () => Promise<unknown>) {
    setActionError(undefined);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof ApiError) setActionError(failure);
    }
  }

  function onScroll() {
    const element = log.current;
    if (!element) return;
    stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 60;
    heightBefore.current = element.scrollHeight;
    if (element.scrollTop < 40 && history?.hasOlder && !history.loadingOlder) void messenger.loadOlder(chat.id);
  }

  async function remove(message: ChatMessage) {
    if (!window.confirm(t('chats.deleteConfirm'))) return;
    setActionError(undefined);
    try {
      await messenger.remove(chat.id, message.seq);
    } catch (failure) {
      if (failure instanceof ApiError) setActionError(failure);
    }
  }

  function startReply(message: ChatMessage) {
    setEditing(null);
    setReplyTo(message);
    composer.current?.focus();
  }

  function startEdit(message: ChatMessage) {
    setReplyTo(null);
    setEditing(message);
    composer.current?.focus();
  }

  return (
    <div className="conversation">
      <header className="conversation-head">
        <ConversationTitle organizationId={organizationId} chat={chat} me={me} isAdministrator={isAdministrator} />
        <ChatInviteLinks organizationId={organizationId} chat={chat} canModerate={canModerate} />
        {pins.length > 0 && (
          <nav className="pins" aria-label={t('chats.pins')}>
            <ul>
              {pins.map((pin) => (
                <li key={pin.seq} className="pin">
                  <span aria-hidden="true">📌</span>
                  <button type="button" className="pin-open" aria-label={t('chats.showPinned', { text: pinPreview(pin) })} onClick={() => void jump(pin.seq)}>
                    <span className="pin-text">
                      <strong>{pin.senderName}:</strong> {pinPreview(pin)}
                    </span>
                  </button>
                  {canPin && (
                    <button type="button" className="link-button pin-remove" aria-label={t('chats.unpinNamed', { text: pinPreview(pin) })} onClick={() => void act(() => messenger.pin(chat.id, pin.seq, false))}>
                      ✕
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      {error ? (
        <LoadError title={error.title} />
      ) : !history ? (
        <Loading />
      ) : (
        <div className="chat-log" ref={log} onScroll={onScroll} tabIndex={0} role="log" aria-label={t('chats.conversation')}>
          {history.hasOlder && (
            <p className="chat-log-more">
              {history.loadingOlder ? (
                <span role="status">{t('chats.loadingOlder')}</span>
              ) : (
                <button type="button" className="button-secondary button-small" onClick={() => void messenger.loadOlder(chat.id)}>
                  {t('chats.older')}
                </button>
              )}
            </p>
          )}
          {messages.length === 0 && pending.length === 0 && (
            <p className="empty-state">{t(mayWrite ? 'chats.emptyConversation' : 'chats.emptyReadOnly')}</p>
          )}
          <ol className="messages">
            {messages.map((message) => (
              <MessageItem
                key={message.seq}
                readersBase={`/api/organizations/${organizationId}/chats/${chat.id}/messages`}
                chatBase={`/api/organizations/${organizationId}/chats/${chat.id}`}
                message={message}
                focused={highlight?.seq === message.seq}
                myReaction={history.myReactions[message.seq]}
                myVote={message.poll ? history.myVotes[message.poll.id] : undefined}
                canModerate={canModerate}
                pinned={pinnedSeqs.has(message.seq)}
                onPin={canPin ? (pinned) => void act(() => messenger.pin(chat.id, message.seq, pinned)) : undefined}
                onReact={(emoji) => act(() => messenger.react(chat.id, message.seq, emoji))}
                onVote={(pollId, options) => act(() => messenger.vote(chat.id, pollId, options))}
                onClosePoll={(pollId) => act(() => messenger.closePoll(chat.id, pollId))}
                acknowledged={history.acknowledged.includes(message.seq)}
                onAcknowledge={() => void act(() => messenger.acknowledge(chat.id, message.seq))}
                mine={message.senderId === me}
                receipt={history.receipts[message.seq]}
                canDelete={message.senderId === me || canModerate}
                isStaff={isStaff}
                mayWrite={mayWrite}
                onReply={mayWrite ? () => startReply(message) : undefined}
                onEdit={() => startEdit(message)}
                onDelete={() => void remove(message)}
                onReport={message.senderId === me ? undefined : () => {
                  setNotice('');
                  setReporting(message);
                }}
                comments={isChannel && (
                  <PostCommentsBar message={message} canModerate={canModerate} open={threadSeq === message.seq}
                    onOpen={() => setThreadSeq(message.seq)} onSwitch={(enabled) => void act(() => messenger.switchComments(chat.id, message.seq, enabled))} />
                )}
                onForward={() => setForwarding(message)}
                me={me}
              />
            ))}
            {pending.map((send) => (
              <PendingItem key={send.clientId} send={send} onRetry={() => messenger.retry(send.clientId)} onDiscard={() => messenger.discard(send.clientId)} />
            ))}
          </ol>
          {history.hasNewer && (
            <p className="chat-log-more">
              <button type="button" className="button-secondary button-small" onClick={() => void messenger.loadNewer(chat.id)}>
                {t('chats.newer')}
              </button>
            </p>
          )}
        </div>
      )}
      <p className="typing" aria-hidden={typing ? undefined : true}>
        {typing ? t('chats.typing', { name: typing.name }) : ' '}
      </p>
      {actionError && <FormAlert problem={actionError} />}
      <p className="notice" role="status">
        {notice}
      </p>
      {reporting && (
        <ReportDialog
          url={`/api/organizations/${organizationId}/chats/${chat.id}/messages/${reporting.seq}/reports`}
          message={reporting}
          onClose={() => setReporting(null)}
          onSent={() => {
            setReporting(null);
            setNotice(t('chats.reportSent'));
          }}
        />
      )}
      {threadPost && !threadPost.deleted && (
        <CommentThreadPanel organizationId={organizationId} chatId={chat.id} post={threadPost} me={me} canModerate={canModerate}
          onSwitch={(enabled) => void act(() => messenger.switchComments(chat.id, threadPost.seq, enabled))} onClose={() => setThreadSeq(null)} />
      )}
      {forwarding && (
        <ForwardDialog
          chats={messenger.chats ?? []}
          onForward={(target) => messenger.forward(target.id, chat.id, forwarding.seq)}
          onClose={() => setForwarding(null)}
        />
      )}
      {mayWrite && quietMembers.length > 0 && (
        <ul className="quiet-members">
          {quietMembers.map((q) => (
            <li key={q.accountId}>
              {t('chats.quietMember', { name: q.name, time: quietWhen(q.notifiedAt) })}
            </li>
          ))}
        </ul>
      )}
      <ScheduledBar scheduled={scheduled} />
      {mayWrite && pollOpen && (
        <PollForm
          onCancel={() => setPollOpen(false)}
          onCreate={async (poll) => {
            stickToBottom.current = true;
            await messenger.createPoll(chat.id, poll);
            setPollOpen(false);
          }}
        />
      )}
      {restricted ? (
        <p className="restricted" role="status">
          {chat.writingRestrictedUntil
            ? t('chats.restrictedUntil', { time: dayTime.format(new Date(chat.writingRestrictedUntil)) })
            : t('chats.restrictedUntilLifted')}
        </p>
      ) : chat.canWrite ? (
        <Composer
          pollOpen={pollOpen}
          onTogglePoll={editing ? undefined : () => setPollOpen((v) => !v)}
          key={editing ? `edit-${editing.seq}` : 'new'}
          textarea={composer}
          replyTo={replyTo}
          editing={editing}
          onCancel={() => {
            setReplyTo(null);
            setEditing(null);
          }}
          onTyping={() => messenger.notifyTyping(chat.id)}
          canAskAck={isStaff}
          options={isChannel && !editing && <AllowCommentsOption checked={allowComments} onChange={setAllowComments} />}
          scheduled={editing ? undefined : scheduled}
          membersUrl={`/api/organizations/${organizationId}/chats/${chat.id}/members`}
          me={me}
          onSend={async (text, requiresAcknowledgement, mentions) => {
            if (editing) {
              await messenger.edit(chat.id, editing.seq, text, mentions);
              setEditing(null);
            } else {
              stickToBottom.current = true;
              messenger.send(chat.id, text, replyTo?.seq ?? null, requiresAcknowledgement, isChannel && allowComments, mentions);
              setReplyTo(null);
              setAllowComments(false);
            }
          }}
        />
      ) : (
        <p className="muted">{t('chats.readOnly')}</p>
      )}
    </div>
  );
}

/**
 * Whether a moderator's restriction holds now; re-renders when a timed one ends, so the composer comes back
 * without a reload.
 */
function useWritingRestriction(chat: ChatSummary): boolean {
  const [, setEnded] = useState(0);
  const until = chat.writingRestricted && chat.writingRestrictedUntil ? new Date(chat.writingRestrictedUntil).getTime() : null;
  useEffect(() => {
    if (until === null) return;
    const wait = until - Date.now();
    if (wait <= 0) return;
    // setTimeout holds at most about 24 days; a longer wait simply checks again then.
    const timer = setTimeout(() => setEnded((n) => n + 1), Math.min(wait + 500, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until]);
  return chat.writingRestricted && (until === null || until > Date.now());
}

/** MSG-7: «Пожаловаться» — a modal dialog with the reason, a comment (required for «Другое»), Отправить and Отмена. */
function ReportDialog({ url, message, onClose, onSent }: { url: string; message: ChatMessage; onClose: () => void; onSent: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  // A modal dialog keeps focus inside, closes on Escape and gives focus back to «Пожаловаться» when it closes.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open && typeof element.showModal === 'function') element.showModal();
    return () => {
      if (element?.open) element.close();
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setError(new ApiError({ status: 0, code: 'reason_required', title: t('chats.reportNeedReason'), errors: { reason: [t('chats.reportNeedReason')] } }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.post(url, { reason, comment: comment.trim() || null });
      onSent();
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const reasonError = error?.field('reason');
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={titleId}>{t('chats.reportTitle')}</h2>
        <blockquote className="reply-preview">
          <strong>{message.senderName}</strong>
          <span>{message.text.length > 200 ? `${message.text.slice(0, 200)}…` : message.text}</span>
        </blockquote>
        <p className="hint">{t('chats.reportIntro')}</p>
        {error && <FormAlert problem={error} shown={['reason', 'comment']} />}
        <fieldset aria-describedby={reasonError ? `${titleId}-reason` : undefined}>
          <legend>{t('chats.reportReason')}</legend>
          {REPORT_REASONS.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} aria-invalid={reasonError ? true : undefined} />
              {t(`report.reason.${r}`)}
            </label>
          ))}
          {reasonError && (
            <p className="field-error" id={`${titleId}-reason`}>
              {reasonError}
            </p>
          )}
        </fieldset>
        <TextArea
          label={reason === 'other' ? t('chats.reportComment') : t('chats.reportCommentOptional')}
          hint={t('chats.reportCommentHint')}
          rows={3}
          maxLength={2000}
          required={reason === 'other'}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={error?.field('comment')}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('chats.reportSend')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('chats.reportCancel')}
          </button>
        </p>
      </form>
    </dialog>
  );
}

/** «в 08:00» today, otherwise with the day («24 ноября в 08:00»), in the reader's local time. */
function quietWhen(iso: string): string {
  const date = new Date(iso);
  if (date.toDateString() === new Date().toDateString()) return t('chats.quietToday', { time: time.format(date) });
  return dayTime.format(date);
}

function pinPreview(message: ChatMessage): string {
  if (message.deleted) return t('chats.deleted');
  const text = message.poll ? `${t('chats.poll')}: ${message.text}` : plainText(message.text);
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

interface ItemProps {
  readersBase: string;
  chatBase: string;
  message: ChatMessage;
  focused: boolean;
  myReaction?: string;
  myVote?: number[];
  canModerate: boolean;
  pinned: boolean;
  onPin?: (pinned: boolean) => void;
  onReact: (emoji: string | null) => Promise<void>;
  onVote: (pollId: string, options: number[]) => Promise<void>;
  onClosePoll: (pollId: string) => Promise<void>;
  acknowledged: boolean;
  onAcknowledge: () => void;
  mine: boolean;
  receipt?: Receipt;
  canDelete: boolean;
  isStaff: boolean;
  mayWrite: boolean;
  onReply?: () => void;
  onEdit: () => void;
  onDelete: () => void;
  /** Absent for one's own messages. */
  onReport?: () => void;
  /** MSG-1: the comments link of a channel post. */
  comments?: ReactNode;
  onForward: () => void;
  me: string;
}

function MessageItem(props: ItemProps) {
  const { readersBase, chatBase, message, mine, receipt, canDelete, isStaff, onReply, onEdit, onDelete } = props;
  const [readers, setReaders] = useState<ReadersDto | null>(null);
  const [readersOpen, setReadersOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const reactions = reactionView(message.reactions, props.myReaction);

  async function toggleReaders() {
    if (!readersOpen && !readers) {
      try {
        setReaders(await api.get<ReadersDto>(`${readersBase}/${message.seq}/readers`));
      } catch {
        return;
      }
    }
    setReadersOpen((v) => !v);
  }

  return (
    <li className={`message${mine ? ' message-mine' : ''}${props.focused ? ' message-focused' : ''}`} data-seq={message.seq} tabIndex={-1}>
      <p className="message-meta">
        <strong>{mine ? t('chats.you') : message.senderName}</strong>
        {message.senderVerifiedTeacher && (
          <>
            {' '}
            <span className="badge badge-verified badge-small">✓ {t('chats.verifiedTeacher')}</span>
          </>
        )}{' '}
        <time dateTime={message.createdAt} className="muted">
          {when(message.createdAt)}
        </time>
      </p>
      {message.replyTo && (
        <blockquote className="reply-preview">
          <strong>{message.replyTo.senderName}</strong>
          <span>{message.replyTo.deleted ? t('chats.deleted') : message.replyTo.text}</span>
        </blockquote>
      )}
      {!message.deleted && <ForwardedFrom message={message} />}
      {message.requiresAcknowledgement && !message.deleted && <p className="ack-badge">{t('chats.ackBadge')}</p>}
      {message.deleted ? (
        <p className="message-text message-deleted">{t('chats.deleted')}</p>
      ) : message.poll ? (
        <Poll
          chatBase={chatBase}
          question={message.text}
          poll={message.poll}
          myVote={props.myVote ?? []}
          mayClose={mine || props.canModerate}
          onVote={(options) => props.onVote(message.poll!.id, options)}
          onClose={() => props.onClosePoll(message.poll!.id)}
        />
      ) : (
        <MessageText text={message.text} mentions={{ people: message.mentions ?? [], me: props.me }} />
      )}
      {message.requiresAcknowledgement && !message.deleted && !mine && (
        <p className="ack-row">
          {props.acknowledged ? (
            <span className="ack-done">✓ {t('chats.ackDone')}</span>
          ) : (
            <button type="button" className="button-small" onClick={props.onAcknowledge}>
              {t('chats.ackButton')}
            </button>
          )}
        </p>
      )}
      {message.requiresAcknowledgement && !message.deleted && mine && receipt && receipt.acknowledged !== null && (
        <Acknowledgements base={`${readersBase}/${message.seq}`} count={receipt.acknowledged} of={receipt.of} />
      )}
      {!message.deleted && reactions.length > 0 && (
        <ul className="reactions" aria-label={t('chats.reactions')}>
          {reactions.map((r) => (
            <li key={r.emoji}>
              <button
                type="button"
                className={r.mine ? 'reaction reaction-mine' : 'reaction'}
                aria-pressed={r.mine}
                aria-label={t('chats.reactionLabel', { emoji: r.emoji, count: String(r.count) })}
                onClick={() => void props.onReact(r.mine ? null : r.emoji)}
              >
                {t('chats.reactionCount', { emoji: r.emoji, count: String(r.count) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!message.deleted && picking && (
        <ReactionPicker
          mine={props.myReaction}
          onPick={(emoji) => {
            setPicking(false);
            void props.onReact(emoji === props.myReaction ? null : emoji);
          }}
          onClose={() => setPicking(false)}
        />
      )}
      {!message.deleted && (
        <div className="message-foot">
          <button type="button" className="link-button" aria-expanded={picking} onClick={() => setPicking((v) => !v)}>
            {t('chats.react')}
          </button>
          {props.onPin && (
            <button type="button" className="link-button" onClick={() => props.onPin!(!props.pinned)}>
              {props.pinned ? t('chats.unpin') : t('chats.pin')}
            </button>
          )}
          {message.editedAt && <span className="muted">{t('chats.edited', { time: when(message.editedAt) })}</span>}
          {mine && receipt && <span className="muted receipt">{t('chats.receipt', { read: String(receipt.read), of: String(receipt.of) })}</span>}
          {mine && isStaff && receipt && (
            <button type="button" className="link-button" aria-expanded={readersOpen} onClick={() => void toggleReaders()}>
              {t('chats.readers')}
            </button>
          )}
          {onReply && (
            <button type="button" className="link-button" onClick={onReply}>
              {t('chats.reply')}
            </button>
          )}
          <button type="button" className="link-button" aria-haspopup="dialog" onClick={props.onForward}>
            {t('chats.forward')}
          </button>
          {mine && props.mayWrite && (
            <button type="button" className="link-button" onClick={onEdit}>
              {t('chats.edit')}
            </button>
          )}
          {canDelete && (
            <button type="button" className="link-button link-danger" onClick={onDelete}>
              {t('chats.delete')}
            </button>
          )}
          {props.onReport && (
            <button type="button" className="link-button" aria-haspopup="dialog" onClick={props.onReport}>
              {t('chats.report')}
            </button>
          )}
        </div>
      )}
      {props.comments}
      {readersOpen && readers && (
        <div className="readers">
          <p>
            <strong>{t('chats.readersTitle')}:</strong> {readers.read.length > 0 ? readers.read.join(', ') : t('chats.readersNone')}
          </p>
          <p>
            <strong>{t('chats.notReadersTitle')}:</strong> {readers.notRead.length > 0 ? readers.notRead.join(', ') : t('chats.readersNone')}
          </p>
        </div>
      )}
    </li>
  );
}

/** The sender's «ознакомились N из M», opening who has and who has not, with «Напомнить» for the rest. */
function Acknowledgements({ base, count, of }: { base: string; count: number; of: number }) {
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<AcknowledgementsDto | null>(null);
  const [reminded, setReminded] = useState<number | null>(null);
  const [error, setError] = useState<ApiError>();

  async function load() {
    try {
      setList(await api.get<AcknowledgementsDto>(`${base}/acknowledgements`));
      setError(undefined);
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    }
  }

  // The counter moves live; an open list follows it.
  useEffect(() => {
    if (open) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, count]);

  async function remind() {
    try {
      const result = await api.post<{ reminded: number | string }>(`${base}/acknowledgements/remind`, {});
      setReminded(Number(result.reminded));
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    }
  }

  const id = `ack-${base.replace(/[^a-z0-9]/gi, '')}`;
  return (
    <div className="ack-row">
      <button type="button" className="link-button ack-count" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        {t('chats.ackCount', { count: String(count), of: String(of) })}
      </button>
      {open && (
        <div className="readers" id={id} role="region" aria-label={t('chats.ackTitle')}>
          {error && <FormAlert problem={error} />}
          {list && (
            <>
              <p>
                <strong>{t('chats.ackWho')}:</strong>{' '}
                {list.acknowledged.length > 0 ? list.acknowledged.map((a) => `${a.name} (${when(a.acknowledgedAt)})`).join(', ') : t('chats.ackNobody')}
              </p>
              <p>
                <strong>{t('chats.ackPending')}:</strong> {list.pending.length > 0 ? list.pending.map((p) => p.name).join(', ') : t('chats.ackEveryone')}
              </p>
              {list.pending.length > 0 && (
                <p>
                  <button type="button" className="button-secondary button-small" onClick={() => void remind()}>
                    {t('chats.ackRemind')}
                  </button>
                </p>
              )}
              {reminded !== null && (
                <p role="status">{t('chats.ackReminded', { count: String(reminded) })}</p>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** Ten reactions in a row: arrows move between them, Enter picks, Escape closes (focus returns to the message). */
function ReactionPicker({ mine, onPick, onClose }: { mine?: string; onPick: (emoji: string) => void; onClose: () => void }) {
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    group.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(group.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    }
  }
  return (
    <div className="reaction-picker" role="group" aria-label={t('chats.reactionPicker')} ref={group} onKeyDown={onKeyDown}>
      {REACTIONS.map((emoji) => (
        <button key={emoji} type="button" className={emoji === mine ? 'reaction reaction-mine' : 'reaction'} aria-pressed={emoji === mine} onClick={() => onPick(emoji)}>
          {emoji}
        </button>
      ))}
    </div>
  );
}

type PollDto = NonNullable<ChatMessage['poll']>;

/** A poll message: answers as buttons with live bars; the own choice marked; closing and the voters list. */
function Poll({ chatBase, question, poll, myVote, mayClose, onVote, onClose }: {
  chatBase: string;
  question: string;
  poll: PollDto;
  myVote: number[];
  mayClose: boolean;
  onVote: (options: number[]) => Promise<void>;
  onClose: () => Promise<void>;
}) {
  const open = pollIsOpen(poll, new Date());
  const options = pollView(poll, myVote);
  const [voters, setVoters] = useState<OptionVotersDto[] | null>(null);
  const [votersOpen, setVotersOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  async function press(index: number) {
    if (busy) return;
    setBusy(true);
    try {
      await onVote(nextVote(myVote, index, poll.multipleChoice));
      if (votersOpen) setVoters(await api.get<OptionVotersDto[]>(`${chatBase}/polls/${poll.id}/voters`).catch(() => voters));
    } finally {
      setBusy(false);
    }
  }

  async function toggleVoters() {
    if (!votersOpen) {
      try {
        setVoters(await api.get<OptionVotersDto[]>(`${chatBase}/polls/${poll.id}/voters`));
      } catch {
        return;
      }
    }
    setVotersOpen((v) => !v);
  }

  const kind = `${t(poll.multipleChoice ? 'chats.pollKindMultiple' : 'chats.pollKindSingle')}${poll.anonymous ? ` · ${t('chats.pollKindAnonymous')}` : ''}`;
  return (
    <div className="poll" role="group" aria-label={`${t('chats.poll')}: ${question}`}>
      <p className="poll-question prewrap">
        <strong>{question}</strong>
      </p>
      <p className="muted poll-kind">{kind}</p>
      <ul className="poll-options">
        {options.map((o) => {
          const label = (
            <>
              <span className="poll-option-text">
                {o.chosen && <span aria-hidden="true">✓ </span>}
                {o.text}
                {o.chosen && <span className="sr-only"> — {t('chats.pollChosen')}</span>}
              </span>
              <span className="poll-option-count">{t('chats.pollVotes', { votes: String(o.votes), share: String(o.share) })}</span>
              <span className="poll-bar" aria-hidden="true">
                <span style={{ width: `${o.share}%` }} />
              </span>
            </>
          );
          return (
            <li key={o.index} className={o.chosen ? 'poll-option poll-option-chosen' : 'poll-option'}>
              {open ? (
                <button type="button" className="poll-option-button" aria-pressed={o.chosen} disabled={busy} onClick={() => void press(o.index)}>
                  {label}
                </button>
              ) : (
                <div className="poll-option-button">{label}</div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="poll-foot">
        <span className="muted" aria-live="polite">
          {t('chats.pollVoters', { count: String(Number(poll.voters)) })}
        </span>
        {!open && <strong>{t('chats.pollClosed')}</strong>}
        {open && poll.closesAt && <span className="muted">{t('chats.pollClosesAtInfo', { time: when(poll.closesAt) })}</span>}
        {open && myVote.length > 0 && (
          <button type="button" className="link-button" disabled={busy} onClick={() => void onVote([])}>
            {t('chats.pollWithdraw')}
          </button>
        )}
        {!poll.anonymous && open && (
          <button type="button" className="link-button" aria-expanded={votersOpen} onClick={() => void toggleVoters()}>
            {t('chats.pollWho')}
          </button>
        )}
        {open && mayClose && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (window.confirm(t('chats.pollFinishConfirm'))) void onClose();
            }}
          >
            {t('chats.pollFinish')}
          </button>
        )}
      </p>
      {votersOpen && voters && (
        <div className="readers">
          {options.map((o) => {
            const names = voters.find((v) => Number(v.index) === o.index)?.names ?? [];
            return (
              <p key={o.index}>
                <strong>{o.text}:</strong> {names.length > 0 ? names.join(', ') : t('chats.pollNobody')}
              </p>
            );
          })}
        </div>
      )}
    </div>
  );
}

/** The composer's «Опрос» form: a question, 2–10 answers, single or multiple choice, anonymous, an optional end. */
function PollForm({ onCreate, onCancel }: { onCreate: (poll: NewPoll) => Promise<void>; onCancel: () => void }) {
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [multipleChoice, setMultipleChoice] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [closesAt, setClosesAt] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answers = options.map((o) => o.trim()).filter((o) => o.length > 0);
    if (!question.trim()) return setProblem(t('chats.pollNeedQuestion'));
    if (answers.length < 2 || answers.length > 10) return setProblem(t('chats.pollNeedOptions'));
    setBusy(true);
    setProblem(undefined);
    try {
      // datetime-local is the person's local time; the server takes UTC.
      await onCreate({ question: question.trim(), options: answers, multipleChoice, anonymous, closesAt: closesAt ? new Date(closesAt).toISOString() : null });
    } catch (failure) {
      if (failure instanceof ApiError) setProblem(failure.field('options') ?? failure.field('question') ?? failure.field('closesAt') ?? failure.title);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="poll-form" aria-labelledby="poll-form-title" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3 id="poll-form-title">{t('chats.pollNew')}</h3>
      {problem && <FormAlert title={problem} />}
      <label htmlFor="poll-question">{t('chats.pollQuestion')}</label>
      <input id="poll-question" ref={first} value={question} maxLength={500} onChange={(e) => setQuestion(e.target.value)} />
      {options.map((option, i) => (
        <div className="poll-form-option" key={i}>
          <label htmlFor={`poll-option-${i}`}>{t('chats.pollOption', { n: String(i + 1) })}</label>
          <div className="composer-row">
            <input id={`poll-option-${i}`} value={option} maxLength={200} onChange={(e) => setOptions(options.map((o, j) => (j === i ? e.target.value : o)))} />
            {options.length > 2 && (
              <button type="button" className="button-secondary button-small" aria-label={t('chats.pollRemoveOption', { n: String(i + 1) })} onClick={() => setOptions(options.filter((_, j) => j !== i))}>
                ✕
              </button>
            )}
          </div>
        </div>
      ))}
      {options.length < 10 && (
        <p>
          <button type="button" className="button-secondary button-small" onClick={() => setOptions([...options, ''])}>
            {t('chats.pollAddOption')}
          </button>
        </p>
      )}
      <label className="choice">
        <input type="checkbox" checked={multipleChoice} onChange={(e) => setMultipleChoice(e.target.checked)} /> {t('chats.pollMultiple')}
      </label>
      <label className="choice">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('chats.pollAnonymous')}
      </label>
      <label htmlFor="poll-closes">{t('chats.pollClosesAt')}</label>
      <input id="poll-closes" type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />
      <div className="composer-row">
        <button type="submit" disabled={busy}>
          {t('chats.pollCreate')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('chats.cancel')}
        </button>
      </div>
    </form>
  );
}

function PendingItem({ send, onRetry, onDiscard }: { send: PendingSend; onRetry: () => void; onDiscard: () => void }) {
  return (
    <li className="message message-mine message-pending">
      <p className="message-meta">
        <strong>{t('chats.you')}</strong>
      </p>
      <MessageText text={send.text} />
      <div className="message-foot">
        {send.error ? (
          <>
            <span className="field-error" role="alert">
              {t('chats.failed', { reason: send.error })}
            </span>
            {/* Sending again what the server refused for its content would be refused again. */}
            {!send.final && (
              <button type="button" className="link-button" onClick={onRetry}>
                {t('chats.retry')}
              </button>
            )}
            <button type="button" className="link-button link-danger" onClick={onDiscard}>
              {t('chats.discard')}
            </button>
          </>
        ) : (
          <span className="muted">{t('chats.pending')}</span>
        )}
      </div>
    </li>
  );
}

interface ComposerProps {
  canAskAck: boolean;
  pollOpen: boolean;
  onTogglePoll?: () => void;
  textarea: React.RefObject<HTMLTextAreaElement | null>;
  replyTo: ChatMessage | null;
  editing: ChatMessage | null;
  onCancel: () => void;
  onTyping: () => void;
  membersUrl: string;
  me: string;
  onSend: (text: string, requiresAcknowledgement: boolean, mentions: string[]) => Promise<void>;
  /** More choices for a new message, set by the chat (the channel's «Разрешить комментарии»). */
  options?: ReactNode;
  scheduled?: Scheduled;
}

function Composer({ canAskAck, pollOpen, onTogglePoll, textarea, replyTo, editing, onCancel, onTyping, membersUrl, me, onSend, options, scheduled }: ComposerProps) {
  const [text, setText] = useState(editing?.text ?? '');
  const mention = useMentionPicker(membersUrl, me, editing?.mentions ?? []);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [askAck, setAskAck] = useState(false);
  const length = messageLength(text);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    if (length.refusal) {
      setError(new ApiError({ status: 0, code: 'too_long', title: length.refusal }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSend(value, askAck && !editing, mention.mentionsFor(value));
      setText('');
      setAskAck(false);
      mention.reset();
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
      textarea.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (mention.onKeyDown(event, text, setText)) return;
    if (handleFormattingKey(event, setText)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && (replyTo || editing)) {
      onCancel();
    }
  }

  return (
    <form className="composer" onSubmit={(e) => void submit(e)}>
      {(replyTo || editing) && (
        <div className="composer-context">
          <span>
            {editing ? t('chats.editing') : t('chats.replyTo', { name: replyTo!.senderName })}
            {replyTo && <span className="muted"> — {replyTo.deleted ? t('chats.deleted') : replyTo.text.slice(0, 80)}</span>}
          </span>
          <button type="button" className="link-button" onClick={onCancel}>
            {t('chats.cancel')}
          </button>
        </div>
      )}
      {error && <FormAlert problem={error} />}
      <label htmlFor="composer-text" className="sr-only">
        {t('chats.composer')}
      </label>
      <FormattingToolbar textarea={textarea} onChange={setText} />
      <div className="composer-row">
        <textarea
          id="composer-text"
          ref={textarea}
          rows={2}
          value={text}
          aria-describedby={length.showCounter ? 'composer-counter composer-hint' : 'composer-hint'}
          aria-invalid={length.refusal ? true : undefined}
          {...mention.inputProps}
          onChange={(e) => {
            setText(e.target.value);
            mention.update(e.target.value, e.target.selectionStart);
            if (!editing) onTyping();
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" disabled={busy}>
          {editing ? t('chats.save') : t('chats.send')}
        </button>
        {scheduled && (
          <SchedulePicker
            scheduled={scheduled}
            text={text}
            requiresAcknowledgement={askAck}
            onTextError={setError}
            onScheduled={() => {
              setText('');
              setAskAck(false);
            }}
          />
        )}
        {onTogglePoll && (
          <button type="button" className="button-secondary" aria-expanded={pollOpen} onClick={onTogglePoll}>
            {t('chats.poll')}
          </button>
        )}
      </div>
      <MessageLengthCounter id="composer-counter" state={length} />
      {mention.list(text, setText, textarea.current)}
      {canAskAck && !editing && (
        <label className="choice composer-ack">
          <input type="checkbox" checked={askAck} onChange={(e) => setAskAck(e.target.checked)} /> {t('chats.ackAsk')}
        </label>
      )}
      {options}
      <p className="hint" id="composer-hint">
        {t('chats.composerHint')} {t('chats.mentionHint')}
      </p>
    </form>
  );
}
