import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '../i18n';
import { ChatAvatar } from './ChatAvatar';
import { ChatInfoPanel } from './ChatInfoPanel';
import './chat-ui.css';
/** The conversation's header line: avatar, title, description and «О чате», which opens the info panel. */
export function ConversationTitle({ organizationId, chat, me, isAdministrator }) {
    const [open, setOpen] = useState(false);
    const navigate = useNavigate();
    return (_jsxs("div", { className: "conversation-title", children: [_jsx(ChatAvatar, { chat: chat }), _jsxs("div", { className: "conversation-title-text", children: [_jsx("h2", { children: chat.title }), chat.description && _jsx("p", { className: "muted", children: chat.description })] }), _jsx("button", { type: "button", className: "button-secondary button-small", "aria-haspopup": "dialog", "aria-expanded": open, onClick: () => setOpen(true), children: t('chats.info.open') }), open && (_jsx(ChatInfoPanel, { organizationId: organizationId, chat: chat, me: me, isAdministrator: isAdministrator, onClose: () => setOpen(false), onLeft: () => navigate(`/org/${organizationId}/chats`) }))] }));
}
