import type { KeyboardEvent } from 'react';
import { NavLink } from 'react-router-dom';
import { t, type MessageKey } from '../../../i18n';
import type { ChatSummary } from '../messenger/chatList';
import { plainText } from '../messages/markup';
import { ChatAvatar } from './ChatAvatar';

/** The person's chats, newest activity first: title, kind, the last message and the unread and «@» badges. */
export function ChatList({ chats, base }: { chats: ChatSummary[]; base: string }) {
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
