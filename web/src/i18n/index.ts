import { ru, type MessageKey } from './ru';

/** A message from the catalogue, with {name} placeholders filled in. */
export function t(key: MessageKey, values?: Record<string, string>): string {
  let text: string = ru[key];
  if (values) for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, value);
  return text;
}

export type { MessageKey };
