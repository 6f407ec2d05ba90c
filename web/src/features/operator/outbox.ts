/** A piece of an outgoing message's body: plain text, or a link the operator can open. */
export type OutboxPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

const LINK = /https?:\/\/[^\s<>"«»]+/g;
/** Sentence punctuation right after a link belongs to the sentence, not to the address. */
const TRAILING = /[.,;:!?)»]+$/;

/** The body with its web addresses as links (invitations, tracking pages), the rest as it was written. */
export function outboxParts(body: string): OutboxPart[] {
  const parts: OutboxPart[] = [];
  let at = 0;
  for (const match of body.matchAll(LINK)) {
    const href = match[0].replace(TRAILING, '');
    const start = match.index ?? 0;
    if (start > at) parts.push({ kind: 'text', text: body.slice(at, start) });
    parts.push({ kind: 'link', href });
    at = start + href.length;
  }
  if (at < body.length) parts.push({ kind: 'text', text: body.slice(at) });
  return parts;
}

/** The card's title beside the channel's badge, unless it only repeats the channel (an SMS's subject is «SMS»). */
export function outboxTitle(channelLabel: string, subject: string): string {
  return subject.trim().toLowerCase() === channelLabel.toLowerCase() ? '' : subject;
}
