// «@» in the composer and in rendered messages, as pure functions: what is being typed after «@», what
// inserting a chosen person does to the text, which picked people the text still names, and how a
// message's text splits around the names it mentions.

export interface MentionPerson {
  accountId: string;
  name: string;
}

/** The «@…» being typed just before the caret: «@» at the start or after a space, then up to three words. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1]))) return null;
  const query = before.slice(at + 1);
  if (query.includes('\n') || query.length > 40 || query.split(' ').length > 3) return null;
  return { start: at, query };
}

/** Members whose name contains what was typed (any word, any case), the first few. */
export function suggestMembers<T extends MentionPerson>(members: readonly T[], query: string, exclude: string, limit = 8): T[] {
  const wanted = query.trim().toLocaleLowerCase('ru');
  return members.filter((m) => m.accountId !== exclude && m.name.toLocaleLowerCase('ru').includes(wanted)).slice(0, limit);
}

/** Replaces the typed «@…» with «@Имя Фамилия » and says where the caret goes. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** The picked people the text still names (a deleted «@Имя» takes its mention with it), each once. */
export function mentionedIn(text: string, picked: readonly MentionPerson[]): string[] {
  return [...new Set(picked.filter((p) => text.includes(`@${p.name}`)).map((p) => p.accountId))];
}

export type TextPart = { text: string; mention?: string };

/** The text cut around each «@Имя» of the message's mentions, longest names first so «@Анна Петрова» beats «@Анна». */
export function splitMentions(text: string, mentions: readonly MentionPerson[]): TextPart[] {
  const names = [...mentions].sort((a, b) => b.name.length - a.name.length);
  const parts: TextPart[] = [];
  let rest = 0;
  let plain = '';
  while (rest < text.length) {
    const found = text[rest] === '@' ? names.find((m) => text.startsWith(`@${m.name}`, rest)) : undefined;
    if (found) {
      if (plain) parts.push({ text: plain });
      plain = '';
      parts.push({ text: `@${found.name}`, mention: found.accountId });
      rest += found.name.length + 1;
    } else {
      plain += text[rest];
      rest++;
    }
  }
  if (plain) parts.push({ text: plain });
  return parts;
}
