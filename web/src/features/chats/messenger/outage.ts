import { t } from '../../../i18n';
import type { LinkState } from '../../../realtime/connection';
import { parseHubError } from './pending';

/** The code of the server's answer while it cannot reach its database (a 503, or a refused realtime call). */
export const SERVER_UNAVAILABLE = 'database_unavailable';

/** A realtime call refused because the server cannot reach its database: it is sent again, not shown as «not sent». */
export function isServerUnavailable(error: unknown): boolean {
  return parseHubError(error)?.code === SERVER_UNAVAILABLE;
}

/** The banner above the chats (announced by screen readers as a status) while the link is not usable; null when it is. */
export function linkNotice(state: LinkState): string | null {
  if (state === 'reconnecting') return t('chats.offline');
  if (state === 'unavailable') return t('chats.serverUnavailable');
  return null;
}
