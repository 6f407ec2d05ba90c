import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { t } from '../../../i18n';
import { ChatAvatar } from '../list/ChatAvatar';
import { ChatInfoPanel } from '../info/ChatInfoPanel';
import type { ChatSummary } from '../messenger/chatList';
import '../chat-ui.css';

/**
 * The conversation's header line: on a phone a way back to the list, then avatar, title, description and
 * «О чате», which opens the info panel.
 */
export function ConversationTitle({ organizationId, chat, me, isAdministrator, backTo }: { organizationId: string; chat: ChatSummary; me: string; isAdministrator: boolean; backTo: string }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  return (
    <div className="conversation-title">
      <Link to={backTo} className="back-button">
        <span aria-hidden="true">←</span>
        <span className="sr-only">{t('chats.back')}</span>
      </Link>
      <ChatAvatar chat={chat} />
      <div className="conversation-title-text">
        <h2>{chat.title}</h2>
        {chat.description && <p className="muted">{chat.description}</p>}
      </div>
      <button type="button" className="button-secondary button-small" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        {t('chats.info.open')}
      </button>
      {open && (
        <ChatInfoPanel
          organizationId={organizationId}
          chat={chat}
          me={me}
          isAdministrator={isAdministrator}
          onClose={() => setOpen(false)}
          onLeft={() => navigate(`/org/${organizationId}/chats`)}
        />
      )}
    </div>
  );
}
