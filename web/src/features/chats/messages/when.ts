import { t } from '../../../i18n';

const time = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit' });
export const dayTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** A message's time: only the time today, with the day otherwise, in the reader's local time. */
export function when(iso: string): string {
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString() ? time.format(date) : dayTime.format(date);
}

/** «в 08:00» today, otherwise with the day («24 ноября в 08:00»), in the reader's local time. */
export function quietWhen(iso: string): string {
  const date = new Date(iso);
  if (date.toDateString() === new Date().toDateString()) return t('chats.quietToday', { time: time.format(date) });
  return dayTime.format(date);
}
