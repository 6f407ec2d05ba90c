import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { FormAlert, LoadError, Loading } from '../../../components/Form';
import { t } from '../../../i18n';
import type { ChatMessage } from '../messenger/messages';
import { CommentThreadPanel } from '../comments/PostComments';
import { ChatInviteLinks } from '../info/ChatInviteLinks';
import { ForwardDialog } from '../messages/ForwardDialog';
import { ConversationTitle } from './ConversationTitle';
import { useScheduledMessages } from '../scheduling/ScheduledMessages';
import { ReportDialog } from '../moderation/ReportDialog';
import { PinnedMessages } from './PinnedMessages';
import { MessageList } from './MessageList';
import { WritingArea } from './WritingArea';
import { useJumpToMessage } from './useJumpToMessage';
import type { OpenChat } from './openChat';
import { useStickyScroll } from './useStickyScroll';
import { useWritingRestriction } from './useWritingRestriction';

interface Props extends OpenChat {
  isAdministrator: boolean;
  /** The chat list: on a phone the conversation is a screen of its own with a way back. */
  backTo: string;
}

/** One open chat: its history (older pages on scroll up), pending sends, who is typing, the composer. */
export function Conversation({ isAdministrator, backTo, ...open }: Props) {
  const { organizationId, chat, messenger, me } = open;
  const history = messenger.histories[chat.id];
  const error = messenger.historyErrors[chat.id];
  const pending = messenger.pending.filter((p) => p.chatId === chat.id);
  const typing = messenger.typing[chat.id];
  const [replyTo, setReplyTo] = useState<ChatMessage | null>(null);
  const [editing, setEditing] = useState<ChatMessage | null>(null);
  const [actionError, setActionError] = useState<ApiError>();
  const composer = useRef<HTMLTextAreaElement>(null);
  const canModerate = chat.isAdmin || isAdministrator;
  // Pins: chat admins, or both people in a direct chat (as the server decides).
  const canPin = chat.kind === 'direct' || canModerate;
  const pins = messenger.pins[chat.id] ?? [];
  const pinnedSeqs = new Set(pins.map((p) => p.seq));
  const [reporting, setReporting] = useState<ChatMessage | null>(null);
  const [notice, setNotice] = useState('');
  const restricted = useWritingRestriction(chat);
  // MSG-7: a moderator's restriction closes every way of writing, as the server refuses them anyway.
  const mayWrite = chat.canWrite && !restricted;
  // MSG-1: channel posts may be commented on; the open thread is one post's, by seq.
  const [threadSeq, setThreadSeq] = useState<number | null>(null);
  const [forwarding, setForwarding] = useState<ChatMessage | null>(null);

  const messages = history?.messages ?? [];
  const lastSeq = messages.length > 0 ? messages[messages.length - 1].seq : 0;
  const threadPost = threadSeq === null ? undefined : messages.find((m) => m.seq === threadSeq);
  const scheduled = useScheduledMessages(organizationId, chat.id, messenger.quiet?.timeZone, lastSeq);
  const { log, stickToBottom, onScroll } = useStickyScroll(messages, history !== undefined, () => {
    if (history?.hasOlder && !history.loadingOlder) void messenger.loadOlder(chat.id);
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

  const { highlightSeq, jump } = useJumpToMessage({
    log,
    messages,
    loaded: history !== undefined,
    stickToBottom,
    load: (seq) => messenger.jumpTo(chat.id, seq),
    onError: setActionError,
  });

  async function act(action: () => Promise<unknown>) {
    setActionError(undefined);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof ApiError) setActionError(failure);
    }
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
        <ConversationTitle organizationId={organizationId} chat={chat} me={me} isAdministrator={isAdministrator} backTo={backTo} />
        <ChatInviteLinks organizationId={organizationId} chat={chat} canModerate={canModerate} />
        <PinnedMessages pins={pins} canUnpin={canPin} onOpen={(seq) => void jump(seq)} onUnpin={(seq) => void act(() => messenger.pin(chat.id, seq, false))} />
      </header>
      {error ? (
        <LoadError title={error.title} />
      ) : !history ? (
        <Loading />
      ) : (
        <MessageList
          {...open}
          history={history}
          pending={pending}
          mayWrite={mayWrite}
          canModerate={canModerate}
          canPin={canPin}
          pinnedSeqs={pinnedSeqs}
          highlightSeq={highlightSeq}
          threadSeq={threadSeq}
          log={log}
          onScroll={onScroll}
          on={{
            act,
            reply: startReply,
            edit: startEdit,
            remove: (message) => void remove(message),
            report: (message) => {
              setNotice('');
              setReporting(message);
            },
            forward: setForwarding,
            openThread: setThreadSeq,
          }}
        />
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
      <WritingArea
        {...open}
        restricted={restricted}
        mayWrite={mayWrite}
        scheduled={scheduled}
        textarea={composer}
        replyTo={replyTo}
        editing={editing}
        onDone={() => {
          setReplyTo(null);
          setEditing(null);
        }}
        stickToBottom={stickToBottom}
      />
    </div>
  );
}
