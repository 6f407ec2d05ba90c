import { useCallback, useState, type RefObject } from 'react';
import { t } from '../../../i18n';
import type { AckReminder } from './history';
import type { ChatSummary } from './chatList';
import { showNotification } from './notify';

/** «Подтвердите ознакомление»: messages someone asked the person to confirm, until confirmed or dismissed. */
export function useReminders(chatsRef: RefObject<ChatSummary[] | null>) {
  const [reminders, setReminders] = useState<AckReminder[]>([]);

  /** Shown once per message; a hidden tab also gets a browser notification. */
  const remind = useCallback(
    (reminder: AckReminder) => {
      setReminders((list) => (list.some((r) => r.chatId === reminder.chatId && r.seq === reminder.seq) ? list : [...list, reminder]));
      if (document.visibilityState === 'hidden') {
        const chat = chatsRef.current?.find((c) => c.id === reminder.chatId);
        showNotification(t('chats.ackReminderTitle'), t('chats.ackReminder', { chat: chat?.title ?? '' }), `ack-${reminder.chatId}-${reminder.seq}`);
      }
    },
    [chatsRef],
  );

  /** Confirmed (here or in another tab): its reminder goes. */
  const confirmed = useCallback((chatId: string, seq: number) => setReminders((list) => list.filter((r) => !(r.chatId === chatId && r.seq === seq))), []);

  const dismissReminder = useCallback((reminder: AckReminder) => setReminders((list) => list.filter((r) => r !== reminder)), []);

  return { reminders, remind, confirmed, dismissReminder };
}
