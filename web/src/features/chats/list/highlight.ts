/**
 * A search hit's text cut into plain and highlighted parts (rendered as text and <mark>, never as HTML).
 * Highlights arrive as UTF-16 offsets; out-of-range or overlapping ones are clamped and merged.
 */
export function highlightParts(text: string, highlights: readonly { start: number | string; length: number | string }[]): { text: string; mark: boolean }[] {
  const ranges = highlights
    .map((h) => [Math.max(0, Number(h.start)), Math.min(text.length, Number(h.start) + Number(h.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    const last = parts[parts.length - 1];
    if (last?.mark && from === at) last.text += text.slice(from, e);
    else parts.push({ text: text.slice(from, e), mark: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
