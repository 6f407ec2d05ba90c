import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { Link, NavLink, useNavigate, useParams } from 'react-router-dom';
import { LoadError, Loading } from '../components/Form';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';
import { totalUnread } from '../chat/logic';
import { useMessenger } from '../chat/useMessenger';
import { Conversation } from './Conversation';
import { NewChatPanel } from './NewChatPanel';
import { QuietHoursSection } from './QuietHoursSection';
import { ChatSearch } from './ChatSearch';
import { useOrganization } from './OrganizationLayout';
import { plainText } from '../chat/markup';
import { ChatAvatar } from '../chat/ChatAvatar';
/**
 * MSG-1…4 in the browser: the person's chats beside the open conversation (on a phone, two screens with
 * a back button). Everything live comes over the tab's one realtime connection (useMessenger).
 */
export function ChatsPage() {
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
    return (_jsxs("div", { className: chatId ? 'messenger messenger-open' : 'messenger', children: [messenger.link === 'reconnecting' && (_jsx("div", { role: "status", className: "connection-banner", children: t('chats.offline') })), _jsx("div", { className: "sr-only", "aria-live": "polite", "aria-atomic": "true", children: messenger.announcement }), messenger.reminders.length > 0 && (_jsx("div", { className: "reminders", role: "alert", children: messenger.reminders.map((reminder) => {
                    const chat = messenger.chats?.find((c) => c.id === reminder.chatId);
                    return (_jsxs("p", { className: "reminder", children: [_jsx("span", { children: t('chats.ackReminder', { chat: chat?.title ?? '' }) }), _jsx(Link, { to: `${base}/${reminder.chatId}?message=${reminder.seq}`, children: t('chats.ackOpen') }), _jsx("button", { type: "button", className: "link-button", onClick: () => messenger.dismissReminder(reminder), children: t('chats.ackDismiss') })] }, `${reminder.chatId}-${reminder.seq}`));
                }) })), _jsxs("section", { className: "chat-list-pane", "aria-labelledby": "chat-list-title", children: [_jsxs("div", { className: "chat-list-head", children: [_jsx("h2", { id: "chat-list-title", children: t('chats.title') }), _jsx("button", { type: "button", className: "button-secondary", "aria-expanded": creating, onClick: () => setCreating((v) => !v), children: creating ? t('chats.newClose') : t('chats.new') })] }), permission === 'default' && (_jsx("p", { children: _jsx("button", { type: "button", className: "button-secondary button-small", onClick: () => void askPermission(), children: t('chats.notifications') }) })), creating && (_jsx(NewChatPanel, { organizationId: organization.id, isStaff: isStaff, isAdministrator: organization.myRole === 'administrator', me: me, onOpened: (id) => {
                            setCreating(false);
                            void messenger.loadChats().then(() => navigate(`${base}/${id}`));
                        } })), messenger.quiet?.applies && _jsx(QuietHoursSection, { quiet: messenger.quiet, onSave: messenger.saveQuiet }), _jsx(ChatSearch, { organizationId: organization.id, base: base, children: messenger.listError ? (_jsx(LoadError, { title: messenger.listError.title, onRetry: () => void messenger.loadChats() })) : !messenger.chats ? (_jsx(Loading, {})) : messenger.chats.length === 0 ? (_jsx("p", { className: "empty-state", children: t(isStaff ? 'chats.emptyStaff' : 'chats.empty') })) : (_jsx(ChatList, { chats: messenger.chats, base: base })) })] }), _jsxs("section", { className: "conversation-pane", "aria-label": open ? open.title : t('chats.conversation'), children: [chatId && (_jsx("p", { className: "back-link", children: _jsxs(Link, { to: base, children: ["\u2190 ", t('chats.back')] }) })), !chatId ? (_jsx("p", { className: "empty-state", children: t('chats.pick') })) : messenger.removed.includes(chatId) ? (_jsx("p", { className: "empty-state", children: t('chats.removed') })) : !messenger.chats ? (_jsx(Loading, {})) : !open ? (_jsx("p", { className: "empty-state", children: t('chats.notFound') })) : (_jsx(Conversation, { organizationId: organization.id, chat: open, messenger: messenger, me: me, isStaff: isStaff, isAdministrator: organization.myRole === 'administrator' }, open.id))] })] }));
}
function ChatList({ chats, base }) {
    // Up and down arrows move between chats; Tab leaves the list.
    function onKeyDown(event) {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')
            return;
        const links = [...event.currentTarget.querySelectorAll('a')];
        const index = links.indexOf(document.activeElement);
        const next = links[Math.min(links.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
        if (next) {
            event.preventDefault();
            next.focus();
        }
    }
    return (_jsxs("nav", { "aria-label": t('chats.list'), children: [_jsx("p", { className: "sr-only", children: t('chats.listHint') }), _jsx("ul", { className: "chat-list", onKeyDown: onKeyDown, children: chats.map((chat) => {
                    const kind = t(`chats.kind.${chat.kind}`);
                    const last = chat.lastMessage;
                    const preview = !last ? t('chats.noMessages') : last.deleted ? t('chats.deleted') : `${last.senderName === '' ? '' : last.senderName + ': '}${plainText(last.text)}`;
                    return (_jsx("li", { children: _jsxs(NavLink, { to: `${base}/${chat.id}`, className: "chat-link", children: [_jsx(ChatAvatar, { chat: chat }), _jsxs("span", { className: "chat-link-body", children: [_jsxs("span", { className: "chat-link-title", children: [chat.title, chat.peer?.verifiedTeacher && (_jsxs("span", { className: "badge badge-verified badge-small", title: t('chats.verifiedTeacher'), children: ["\u2713", _jsxs("span", { className: "sr-only", children: [" ", t('chats.verifiedTeacher')] })] }))] }), _jsx("span", { className: "chat-link-kind", children: kind }), _jsx("span", { className: "chat-link-preview", children: preview })] }), chat.unread > 0 && (_jsxs("span", { className: "unread-badge", children: [chat.unread, _jsxs("span", { className: "sr-only", children: [" \u2014 ", t('chats.unread', { count: String(chat.unread) })] })] }))] }) }, chat.id));
                }) })] }));
}
