import { Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { LoadError, Loading } from '../components/Form';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';
import { totalUnread } from '../features/chats/messenger/chatList';
import { useMessenger } from '../features/chats/messenger/useMessenger';
import { ChatSearch } from '../features/chats/list/ChatSearch';
import { linkNotice } from '../features/chats/messenger/outage';
import { useOrganization } from './OrganizationLayout';
import { ChatList } from '../features/chats/list/ChatList';
import { ParentWaitingGate } from '../features/people/ParentWaitingGate';
import { lazyNamed } from '../components/lazyNamed';

// The list comes first; a conversation's code (history, composer, polls, comments…) and the new-chat form load
// when first opened, so the first load stays small (issue 19, scripts/first-load-size.mjs).
const Conversation = lazyNamed(() => import('../features/chats/conversation/Conversation'), 'Conversation');
const NewChatPanel = lazyNamed(() => import('../features/chats/list/NewChatPanel'), 'NewChatPanel');
// Quiet hours are a teacher's setting (MSG-6).
const QuietHoursSection = lazyNamed(() => import('../features/quiet-hours/QuietHoursSection'), 'QuietHoursSection');

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
  const notice = linkNotice(messenger.link);

  async function askPermission() {
    setPermission(await Notification.requestPermission());
  }

  return (
    <div className={chatId ? 'messenger messenger-open' : 'messenger'}>
      {notice && (
        <div role="status" className="connection-banner">
          {notice}
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
