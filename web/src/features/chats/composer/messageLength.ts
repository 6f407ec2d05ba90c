// How long a message may be: the server's limit (SendMessageRequest.text's maxLength in its OpenAPI
// document, put in at build time by vite.config.ts), counted as the server counts it.
import { t } from '../../../i18n';

declare const __MESSAGE_MAX_LENGTH__: number;

export const MESSAGE_MAX_LENGTH: number = __MESSAGE_MAX_LENGTH__;

/** The counter appears from this share of the limit on: early enough to shorten, late enough not to distract. */
const COUNTER_FROM = 0.9;

export interface LengthState {
  /** Characters the server will count (UTF-16 units after trimming, line breaks as one). */
  length: number;
  /** Characters still allowed; negative when over. */
  left: number;
  showCounter: boolean;
  /** The Russian sentence refusing the text, when it is too long. */
  refusal?: string;
}

export function messageLength(text: string, max: number = MESSAGE_MAX_LENGTH): LengthState {
  const length = text.replace(/\r\n/g, '\n').trim().length;
  const left = max - length;
  return {
    length,
    left,
    showCounter: length >= max * COUNTER_FROM,
    refusal: left < 0 ? t('chats.tooLong', { max: String(max), over: String(-left) }) : undefined,
  };
}
