import { describe, expect, it } from 'vitest';
import { isServerUnavailable, linkNotice } from './outage';

describe('a server that cannot reach its database', () => {
  const refusal = new Error(
    "An unexpected error occurred invoking 'Send' on the server. HubException: database_unavailable: Сервер временно потерял связь с базой данных. Повторите через несколько секунд",
  );

  it('is told apart from a refusal of the message and from a dropped connection', () => {
    expect(isServerUnavailable(refusal)).toBe(true);
    expect(isServerUnavailable(new Error("An unexpected error occurred invoking 'Send' on the server. HubException: chat_read_only: В этом чате пишут только администраторы"))).toBe(false);
    expect(isServerUnavailable(new Error('WebSocket closed with status code: 1006'))).toBe(false);
    expect(isServerUnavailable(undefined)).toBe(false);
  });

  it('shows the reconnecting banner in Russian, and none while online', () => {
    expect(linkNotice('unavailable')).toBe('Нет связи с сервером, переподключаемся…');
    expect(linkNotice('reconnecting')).toBe('Нет соединения — переподключаемся…');
    expect(linkNotice('online')).toBeNull();
    expect(linkNotice('connecting')).toBeNull();
  });
});
