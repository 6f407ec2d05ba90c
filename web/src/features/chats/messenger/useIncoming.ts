import { useCallback, useState, type RefObject } from 'react';
import type { components } from '../../../api/schema';
import { t } from '../../../i18n';
import type { QuietHours } from '../../quiet-hours/useQuietHours';
import { applyIncoming, sortChats, type ChatSummary } from './chatList';
import { isQuietNow, notificationFor } from './notifications';
import { toMessage, type ChatMessage } from './messages';
import { showNotification } from './notify';

type MessageDtoWire = components['schemas']['MessageDto'];

interface Messenger {
  me: string;
  openRef: RefObject<string | undefined>;
  quietRef: RefObject<QuietHours | null>;
  chatsRef: RefObject<ChatSummary[] | null>;
  updateChats: (change: (list: ChatSummary[]) => ChatSummary[]) => void;
  loadChats: () => Promise<boolean>;
  confirmSent: (message: ChatMessage) => void;
  mergeIntoHistory: (chatId: string, messages: ChatMessage[]) => void;
  refreshReceipts: (chatId: string) => void;
  typedBy: (chatId: string, accountId: string) => void;
}

/**
 * A message from the server (event, Send answer or Sync), applied once whatever the route: into the pending
 * list, the history and the chat list; someone else's new one live is also announced to screen readers in
 * the open chat and shown as a browser notification as notificationFor decides.
 */
export function useIncoming({ me, openRef, quietRef, chatsRef, updateChats, loadChats, confirmSent, mergeIntoHistory, refreshReceipts, typedBy }: Messenger) {
  const [announcement, setAnnouncement] = useState('');

  const receive = useCallback(
    (dto: MessageDtoWire, live: boolean) => {
      const message = toMessage(dto);
      confirmSent(message);
      mergeIntoHistory(message.chatId, [message]);
      const known = chatsRef.current?.some((c) => c.id === message.chatId);
      const isNew = (chatsRef.current?.find((c) => c.id === message.chatId)?.lastSeq ?? 0) < message.seq;
      const viewing = () => openRef.current === message.chatId && document.visibilityState === 'visible';
      updateChats((list) => sortChats(applyIncoming(list, message, me, viewing())));
      if (!known) void loadChats();
      if (message.senderId === me) {
        refreshReceipts(message.chatId);
        return;
      }
      if (!live || !isNew) return;
      typedBy(message.chatId, message.senderId);
      if (openRef.current === message.chatId) setAnnouncement(t('chats.announce', { name: message.senderName, text: message.text }));
      // A teacher's quiet hours (MSG-6): no browser notification until they end. A mention is shown also
      // while the person reads another chat.
      const notify = notificationFor(message, me, {
        hidden: document.visibilityState === 'hidden',
        openChatId: openRef.current ?? null,
        quiet: isQuietNow(quietRef.current, new Date()),
      });
      if (notify) {
        const chat = chatsRef.current?.find((c) => c.id === message.chatId);
        const title =
          notify === 'mention' ? t('chats.mentionedIn', { chat: chat?.title ?? '' }) : chat ? `${message.senderName} — ${chat.title}` : message.senderName;
        showNotification(title, notify === 'mention' ? `${message.senderName}: ${message.text}` : message.text, message.chatId);
      }
    },
    [me, openRef, quietRef, chatsRef, updateChats, loadChats, confirmSent, mergeIntoHistory, refreshReceipts, typedBy],
  );

  return { receive, announcement };
}
