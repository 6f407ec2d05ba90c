import { ru, type MessageKey } from './ru';

/** A message from the catalogue, with {name} placeholders filled in. */
export function t(key: MessageKey, values?: Record<string, string>): string {
  return fill(ru[key], values);
}

/** A text with its {name} placeholders filled in; features that keep their own strings (outside the first load) use it too. */
export function fill(text: string, values?: Record<string, string | number>): string {
  if (values) for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

export type { MessageKey };
