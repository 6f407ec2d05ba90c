import type { ChatMessage, Receipt } from './messages';

/** The part of a chat's history the page holds; at most WINDOW messages are rendered. */
export interface History {
  messages: ChatMessage[];
  hasOlder: boolean;
  hasNewer: boolean;
  receipts: Record<number, Receipt>;
  loadingOlder: boolean;
  /** The person's own reaction per message seq (one each). */
  myReactions: Record<number, string>;
  /** The person's own vote per poll id (answer indexes; absent or empty = not voted). */
  myVotes: Record<string, number[]>;
  /** Seqs of the messages the person has confirmed («Ознакомлен»). */
  acknowledged: number[];
}

/** Someone asked the person to confirm a message they have not confirmed yet. */
export interface AckReminder {
  chatId: string;
  seq: number;
}

export interface NewPoll {
  question: string;
  options: string[];
  multipleChoice: boolean;
  anonymous: boolean;
  closesAt: string | null;
}

export const PAGE = 50;
export const WINDOW = 300;

/** The record without one key (a new object, for React state). */
export function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  const rest = { ...record };
  delete rest[key];
  return rest;
}
