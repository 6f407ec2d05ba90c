// MSG-3 «simple formatting»: messages are stored as plain text with a small markup (**bold**, _italic_ or *italic*,
// links, «- » and «1. » lists). This turns the text into tokens that React renders as elements, so nothing a sender
// types can become HTML. Anything that does not parse cleanly (an unclosed marker, a link to javascript:) stays text.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; children: Inline[] }
  | { kind: 'italic'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'paragraph'; lines: Inline[][] }
  | { kind: 'bullets'; items: Inline[][] }
  | { kind: 'numbered'; start: number; items: Inline[][] };

const bulletLine = /^\s*[-*] +(.*)$/;
const numberedLine = /^\s*(\d{1,9})[.)] +(.*)$/;

/** Splits the text into paragraphs (line breaks kept) and lists, each line parsed for inline markup. */
export function parseMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const last = blocks[blocks.length - 1];
    const bullet = bulletLine.exec(line);
    const numbered = bullet ? null : numberedLine.exec(line);
    if (bullet) {
      if (last?.kind === 'bullets') last.items.push(parseInline(bullet[1]));
      else blocks.push({ kind: 'bullets', items: [parseInline(bullet[1])] });
    } else if (numbered) {
      if (last?.kind === 'numbered') last.items.push(parseInline(numbered[2]));
      else blocks.push({ kind: 'numbered', start: Number(numbered[1]), items: [parseInline(numbered[2])] });
    } else if (last?.kind === 'paragraph') {
      last.lines.push(parseInline(line));
    } else {
      blocks.push({ kind: 'paragraph', lines: [parseInline(line)] });
    }
  }
  return blocks;
}

/** Only these schemes become links; javascript:, data: and the rest stay text. */
export function safeHref(candidate: string): string | null {
  if (!/^(https?:\/\/|mailto:)/i.test(candidate)) return null;
  try {
    const url = new URL(candidate);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? candidate : null;
  } catch {
    return null;
  }
}

type Emphasis = 'bold' | 'italic';

interface Marker {
  token: '**' | '*' | '_';
  kind: Emphasis;
}

const markers: Marker[] = [
  { token: '**', kind: 'bold' },
  { token: '*', kind: 'italic' },
  { token: '_', kind: 'italic' },
];

const wordChar = /[\p{L}\p{N}]/u;
const space = /\s/;
const bareUrl = /^https?:\/\/[^\s<>"«»]+/i;
const labelledLink = /^\[([^\]\n]+)\]\(([^)\s]+)\)/;

/** Parses one line. Bold and italic nest in each other but not in themselves; links do not nest. */
export function parseInline(line: string, open: ReadonlySet<Emphasis | 'link'> = new Set()): Inline[] {
  const result: Inline[] = [];
  let plain = '';
  // A marker with no valid closer after position p has none after any later position either: remembering that keeps
  // a long line full of unclosed markers linear instead of quadratic.
  const noCloserAfter = new Map<string, number>();
  const flush = () => {
    if (plain) result.push({ kind: 'text', text: plain });
    plain = '';
  };

  let i = 0;
  while (i < line.length) {
    const rest = line.slice(i);
    if (!open.has('link')) {
      const labelled = line[i] === '[' ? labelledLink.exec(rest) : null;
      const href = labelled ? safeHref(labelled[2]) : null;
      if (labelled && href) {
        flush();
        result.push({ kind: 'link', href, children: parseInline(labelled[1], new Set([...open, 'link'])) });
        i += labelled[0].length;
        continue;
      }
      const bare = (line[i] === 'h' || line[i] === 'H') && !wordChar.test(line[i - 1] ?? '') ? bareUrl.exec(rest) : null;
      if (bare) {
        const url = trimUrl(bare[0]);
        if (safeHref(url)) {
          flush();
          result.push({ kind: 'link', href: url, children: [{ kind: 'text', text: url }] });
          i += url.length;
          continue;
        }
      }
    }
    const marker = markers.find((m) => line.startsWith(m.token, i));
    if (marker && !open.has(marker.kind) && canOpen(line, i, marker)) {
      const known = noCloserAfter.get(marker.token);
      const close = known !== undefined && known <= i ? -1 : findCloser(line, i + marker.token.length, marker);
      if (close < 0) {
        noCloserAfter.set(marker.token, Math.min(known ?? i, i));
      } else {
        flush();
        result.push({ kind: marker.kind, children: parseInline(line.slice(i + marker.token.length, close), new Set([...open, marker.kind])) });
        i = close + marker.token.length;
        continue;
      }
    }
    // A run of the same marker character is literal as a whole (`***` that opens nothing, `__init__`).
    const run = marker ? runLength(line, i) : 1;
    plain += line.slice(i, i + run);
    i += run;
  }
  flush();
  return result;
}

function runLength(line: string, i: number): number {
  let end = i + 1;
  while (end < line.length && line[end] === line[i]) end++;
  return end - i;
}

/** An opening marker is followed by a non-space; `_` and single `*` also must not stand inside a word (snake_case, 2*3*4). */
function canOpen(line: string, i: number, marker: Marker): boolean {
  const next = line[i + marker.token.length];
  if (next === undefined || space.test(next)) return false;
  if (marker.token === '**') return true;
  if (marker.token === '*' && next === '*') return false;
  return !wordChar.test(line[i - 1] ?? '');
}

function canClose(line: string, j: number, marker: Marker): boolean {
  const before = line[j - 1];
  if (before === undefined || space.test(before)) return false;
  if (marker.token === '**') return true;
  if (marker.token === '*' && (before === '*' || line[j + 1] === '*')) return false;
  return !wordChar.test(line[j + marker.token.length] ?? '');
}

/** Where the marker opened at `from` closes on this line, or -1. The content must not be empty. */
function findCloser(line: string, from: number, marker: Marker): number {
  let j = line.indexOf(marker.token, from + 1);
  while (j >= 0) {
    // In `***both***` the bold closes on the last two stars, leaving `*both*` inside.
    if (marker.token === '**') while (line[j + 2] === '*') j++;
    if (canClose(line, j, marker)) return j;
    j = line.indexOf(marker.token, j + 1);
  }
  return -1;
}

/** A bare link does not take the sentence's punctuation, nor a closing bracket it did not open. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if ('.,;:!?\'"'.includes(last)) end--;
    else if (last === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end--;
    else return url.slice(0, end);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** The text without markers, for one-line previews (chat list, pins, replies). */
export function plainText(text: string): string {
  return parseMarkup(text)
    .map((block) => (block.kind === 'paragraph' ? block.lines : block.items).map(inlineText).join('\n'))
    .join('\n');
}

function inlineText(tokens: Inline[]): string {
  return tokens.map((token) => (token.kind === 'text' ? token.text : inlineText(token.children))).join('');
}

/** An edit of the composer: the new text and what to select afterwards. */
export interface ComposerEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

/** Wraps the selection in a marker (Ctrl+B, Ctrl+I); with nothing selected, places the caret between the two markers. */
export function wrapSelection(text: string, start: number, end: number, marker: string): ComposerEdit {
  // Spaces caught at the selection's edges stay outside, or the markers would not close.
  while (start < end && space.test(text[start])) start++;
  while (end > start && space.test(text[end - 1])) end--;
  const inner = text.slice(start, end);
  return {
    text: text.slice(0, start) + marker + inner + marker + text.slice(end),
    selectionStart: start + marker.length,
    selectionEnd: end + marker.length,
  };
}

/** Turns the selected lines (or the caret's line) into a bulleted list. */
export function bulletSelection(text: string, start: number, end: number): ComposerEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lines = text.slice(lineStart, end).split('\n');
  const listed = lines.map((line) => (bulletLine.test(line) ? line : `- ${line}`)).join('\n');
  const added = listed.length - (end - lineStart);
  return { text: text.slice(0, lineStart) + listed + text.slice(end), selectionStart: start + (lines.length === 1 ? added : 2), selectionEnd: end + added };
}

/** Inserts a labelled link around the selection, selecting the «https://» part to be typed over. */
export function linkSelection(text: string, start: number, end: number, placeholderLabel: string): ComposerEdit {
  const label = text.slice(start, end) || placeholderLabel;
  const prefix = `[${label}](`;
  const url = 'https://';
  return {
    text: text.slice(0, start) + prefix + url + ')' + text.slice(end),
    selectionStart: start + prefix.length,
    selectionEnd: start + prefix.length + url.length,
  };
}
