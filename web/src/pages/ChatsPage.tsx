import { Suspense, useState, type KeyboardEvent } from 'react';
import { Link, NavLink, useNavigate, useParams } from 'react-router-dom';
import { LoadError, Loading } from '../components/Form';
import { useTitle } from '../components/hooks';
import { t, type MessageKey } from '../i18n';
import { useSession } from '../session';
import type { ChatSummary } from '../chat/chatList';
import { totalUnread } from '../chat/chatList';
import { useMessenger } from '../chat/useMessenger';
import { ChatSearch } from './ChatSearch';
import { useOrganization } from './OrganizationLayout';
import { plainText } from '../chat/markup';
import { ChatAvatar } from '../chat/ChatAvatar';
import { ParentWaitingGate } from './ParentWaitingGate';
import { lazyNamed } from '../components/lazyNamed';

// The list comes first; a conversation's code (history, composer, polls, comments…) and the new-chat form load
// when first opened, so the first load stays small (issue 19, scripts/first-load-size.mjs).
const Conversation = lazyNamed(() => import('./Conversation'), 'Conversation');
const NewChatPanel = lazyNamed(() => import('./NewChatPanel'), 'NewChatPanel');
// Quiet hours are a teacher's setting (MSG-6).
const QuietHoursSection = lazyNamed(() => import('./QuietHoursSection'), 'QuietHoursSection');

/** The chats route; a parent still waiting for a child's confirmation sees what is pending instead (ID-4). */
export function ChatsPage() {
  return (
    <ParentWaitingGate>
      <MessengerScreen />
    </ParentWaitingGate>
  );
}

/**
 * MSG-1…4 in the browser: the person's chats beside the open conversation (on a phone, two screens with
 * a back button). Everything live comes over the tab's one realtime connection (useMessenger).
 */
function MessengerScreen() {
  const { organization, isStaff } = useOrganization();
  const { chatId } = useParams();
  const { session } = useSession();
  const navigate = useNavigate();
  const me = session?.user?.id ?? '';
  const messenger = useMessenger(organization.id, me, chatId);
  const [creating, setCreating] = useState(false);
  const [permission, setPermission] = useState(() => ('Notification' in window ? Notification.permission : 'denied'));
  const unread = messenger.chats ? totalUnread(messenger.chats) : 0;
  useTitle(unread > 0 ? `(${unread}) ${t('chats.title')}` : t('chats.title'));
  const base = `/org/${organization.id}/chats`;
  const open = messenger.chats?.find((c) => c.id === chatId);

  async function askPermission() {
    setPermission(await Notification.requestPermission());
  }

  return (
    <div className={chatId ? 'messenger messenger-open' : 'messenger'}>
      {messenger.link === 'reconnecting' && (
        <div role="status" className="connection-banner">
          {t('chats.offline')}
        </div>
      )}
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {messenger.announcement}
      </div>
      {messenger.reminders.length > 0 && (
        <div className="reminders" role="alert">
          {messenger.reminders.map((reminder) => {
            const chat = messenger.chats?.find((c) => c.id === reminder.chatId);
            return (
              <p key={`${reminder.chatId}-${reminder.seq}`} className="reminder">
                <span>{t('chats.ackReminder', { chat: chat?.title ?? '' })}</span>
                <Link to={`${base}/${reminder.chatId}?message=${reminder.seq}`}>{t('chats.ackOpen')}</Link>
                <button type="button" className="link-button" onClick={() => messenger.dismissReminder(reminder)}>
                  {t('chats.ackDismiss')}
                </button>
              </p>
            );
          })}
        </div>
      )}
      <div className="messenger-panes">
      <section className="chat-list-pane" aria-labelledby="chat-list-title">
        <div className="chat-list-head">
          <h2 id="chat-list-title">{t('chats.title')}</h2>
          <button type="button" className="button-secondary" aria-expanded={creating} onClick={() => setCreating((v) => !v)}>
            {creating ? t('chats.newClose') : t('chats.new')}
          </button>
        </div>
        {permission === 'default' && (
          <p>
            <button type="button" className="button-secondary button-small" onClick={() => void askPermission()}>
              {t('chats.notifications')}
            </button>
          </p>
        )}
        {creating && (
          <Suspense fallback={<Loading />}>
          <NewChatPanel
            organizationId={organization.id}
            isStaff={isStaff}
            isAdministrator={organization.myRole === 'administrator'}
            me={me}
            onOpened={(id) => {
              setCreating(false);
              void messenger.loadChats().then(() => navigate(`${base}/${id}`));
            }}
          />
          </Suspense>
        )}
        {messenger.quiet?.applies && (
          <Suspense fallback={<Loading />}>
            <QuietHoursSection quiet={messenger.quiet} onSave={messenger.saveQuiet} />
          </Suspense>
        )}
        <ChatSearch organizationId={organization.id} base={base}>
        {messenger.listError ? (
          <LoadError title={messenger.listError.title} onRetry={() => void messenger.loadChats()} />
        ) : !messenger.chats ? (
          <Loading />
        ) : messenger.chats.length === 0 ? (
          <p className="empty-state">{t(isStaff ? 'chats.emptyStaff' : 'chats.empty')}</p>
        ) : (
          <ChatList chats={messenger.chats} base={base} />
        )}
        </ChatSearch>
      </section>
      <section className="conversation-pane" aria-label={open ? open.title : t('chats.conversation')}>
        {!chatId ? (
          <p className="empty-state">{t('chats.pick')}</p>
        ) : messenger.removed.includes(chatId) ? (
          <p className="empty-state">{t('chats.removed')}</p>
        ) : !messenger.chats ? (
          <Loading />
        ) : !open ? (
          <p className="empty-state">{t('chats.notFound')}</p>
        ) : (
          <Suspense fallback={<Loading />}>
            <Conversation key={open.id} organizationId={organization.id} chat={open} messenger={messenger} me={me} isStaff={isStaff} isAdministrator={organization.myRole === 'administrator'} backTo={base} />
          </Suspense>
        )}
        {chatId && !open && (
          <p className="back-link">
            <Link to={base}>← {t('chats.back')}</Link>
          </p>
        )}
      </section>
      </div>
    </div>
  );
}

function ChatList({ chats, base }: { chats: ChatSummary[]; base: string }) {
  // Up and down arrows move between chats; Tab leaves the list.
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[Math.min(links.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }
  return (
    <nav aria-label={t('chats.list')}>
      <p className="sr-only">{t('chats.listHint')}</p>
      <ul className="chat-list" onKeyDown={onKeyDown}>
        {chats.map((chat) => {
          const kind = t(`chats.kind.${chat.kind}` as MessageKey);
          const last = chat.lastMessage;
          const preview = !last ? t('chats.noMessages') : last.deleted ? t('chats.deleted') : `${last.senderName === '' ? '' : last.senderName + ': '}${plainText(last.text)}`;
          return (
            <li key={chat.id}>
              <NavLink to={`${base}/${chat.id}`} className="chat-link">
                <ChatAvatar chat={chat} />
                <span className="chat-link-body">
                  <span className="chat-link-title">
                    {chat.title}
                    {chat.peer?.verifiedTeacher && (
                      <span className="badge badge-verified badge-small" title={t('chats.verifiedTeacher')}>
                        ✓<span className="sr-only"> {t('chats.verifiedTeacher')}</span>
                      </span>
                    )}
                  </span>
                  <span className="chat-link-kind">{kind}</span>
                  <span className="chat-link-preview">{preview}</span>
                </span>
                {chat.unreadMentions > 0 && (
                  <span className="unread-badge mention-badge" title={t('chats.mentionBadge')}>
                    @<span className="sr-only"> — {t('chats.mentionBadge')}</span>
                  </span>
                )}
                {chat.unread > 0 && (
                  <span className="unread-badge">
                    {chat.unread}
                    <span className="sr-only"> — {t('chats.unread', { count: String(chat.unread) })}</span>
                  </span>
                )}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
