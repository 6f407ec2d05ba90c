import type { ChatSummary } from '../messenger/chatList';
import type { Messenger } from '../messenger/useMessenger';

/** The open chat and who looks at it: what every part of the conversation is given. */
export interface OpenChat {
  organizationId: string;
  chat: ChatSummary;
  messenger: Messenger;
  me: string;
  isStaff: boolean;
}
