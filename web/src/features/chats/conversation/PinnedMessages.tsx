import { t } from '../../../i18n';
import type { ChatMessage } from '../messenger/messages';
import { plainText } from '../messages/markup';

/** MSG-3: the pinned messages in the conversation's header; pressing one opens it in context. */
export function PinnedMessages({ pins, canUnpin, onOpen, onUnpin }: { pins: ChatMessage[]; canUnpin: boolean; onOpen: (seq: number) => void; onUnpin: (seq: number) => void }) {
  if (pins.length === 0) return null;
  return (
    <nav className="pins" aria-label={t('chats.pins')}>
      <ul>
        {pins.map((pin) => (
          <li key={pin.seq} className="pin">
            <span aria-hidden="true">📌</span>
            <button type="button" className="pin-open" onClick={() => onOpen(pin.seq)}>
              {/* The visible text is part of the button's name (WCAG 2.5.3), with what pressing it does before it. */}
              <span className="pin-text">
                <span className="sr-only">{t('chats.showPinned')} </span>
                <strong>{pin.senderName}:</strong> {pinPreview(pin)}
              </span>
            </button>
            {canUnpin && (
              <button type="button" className="link-button pin-remove" aria-label={t('chats.unpinNamed', { text: pinPreview(pin) })} onClick={() => onUnpin(pin.seq)}>
                ✕
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function pinPreview(message: ChatMessage): string {
  if (message.deleted) return t('chats.deleted');
  const text = message.poll ? `${t('chats.poll')}: ${message.text}` : plainText(message.text);
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}
