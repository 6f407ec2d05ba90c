import { useState, type RefObject } from 'react';
import { t } from '../../../i18n';
import type { ChatMessage } from '../messenger/messages';
import { AllowCommentsOption } from '../comments/PostComments';
import { ScheduledBar, type Scheduled } from '../scheduling/ScheduledMessages';
import { Composer } from '../composer/Composer';
import { PollForm } from '../polls/PollForm';
import { dayTime } from '../messages/when';
import { QuietMembers } from '../../quiet-hours/QuietMembers';
import type { OpenChat } from './openChat';

interface Props extends OpenChat {
  /** A moderator's restriction holds now (MSG-7). */
  restricted: boolean;
  mayWrite: boolean;
  scheduled: Scheduled;
  textarea: RefObject<HTMLTextAreaElement | null>;
  replyTo: ChatMessage | null;
  editing: ChatMessage | null;
  /** The reply or edit is over (sent, saved or cancelled). */
  onDone: () => void;
  /** The log should follow what the person sends to its end. */
  stickToBottom: RefObject<boolean>;
}

/** Below the log: who is in quiet hours, scheduled messages, the poll form and the composer (or why not). */
export function WritingArea({ organizationId, chat, messenger, me, isStaff, restricted, mayWrite, scheduled, textarea, replyTo, editing, onDone, stickToBottom }: Props) {
  const [pollOpen, setPollOpen] = useState(false);
  // MSG-1: a channel post may be opened to comments when it is sent.
  const isChannel = chat.kind === 'channel';
  const [allowComments, setAllowComments] = useState(false);
  return (
    <>
      {mayWrite && <QuietMembers organizationId={organizationId} chatId={chat.id} />}
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
          textarea={textarea}
          replyTo={replyTo}
          editing={editing}
          onCancel={onDone}
          onTyping={() => messenger.notifyTyping(chat.id)}
          canAskAck={isStaff}
          options={isChannel && !editing && <AllowCommentsOption checked={allowComments} onChange={setAllowComments} />}
          scheduled={editing ? undefined : scheduled}
          membersUrl={`/api/organizations/${organizationId}/chats/${chat.id}/members`}
          me={me}
          onSend={async (text, requiresAcknowledgement, mentions) => {
            if (editing) {
              await messenger.edit(chat.id, editing.seq, text, mentions);
              onDone();
            } else {
              stickToBottom.current = true;
              messenger.send(chat.id, text, replyTo?.seq ?? null, requiresAcknowledgement, isChannel && allowComments, mentions);
              onDone();
              setAllowComments(false);
            }
          }}
        />
      ) : (
        <p className="muted">{t(chat.kind === 'direct' ? 'chats.readOnlyBySchool' : 'chats.readOnly')}</p>
      )}
    </>
  );
}
