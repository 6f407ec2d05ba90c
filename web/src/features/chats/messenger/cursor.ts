// Where a chat's Sync continues from: the highest sequence number up to which the client lacks nothing. Live
// events can arrive out of order (from another server node, or after one whose event was lost), so the highest
// number received is not that: syncing from it would skip the messages still on their way for good (issue 18).

/** A chat's cursor: every seq up to `syncedSeq` is held (or counted by the server's list); `ahead` holds later seqs received across a hole. */
export interface Cursor {
  syncedSeq: number;
  ahead: number[];
}

/** The cursor after these seqs arrived: it moves through every seq that now follows without a hole. */
export function advance(cursor: Cursor, seqs: Iterable<number>): Cursor {
  const held = new Set(cursor.ahead);
  for (const seq of seqs) if (seq > cursor.syncedSeq) held.add(seq);
  let synced = cursor.syncedSeq;
  while (held.delete(synced + 1)) synced++;
  return { syncedSeq: synced, ahead: [...held].filter((seq) => seq > synced).sort((a, b) => a - b) };
}

/** Whether the seq already arrived or was counted: applying it again would count it twice. */
export function holds(cursor: Cursor, seq: number): boolean {
  return seq <= cursor.syncedSeq || cursor.ahead.includes(seq);
}

/** The highest seq from the first of these (sorted) messages on without a hole; Infinity when there are none. */
export function contiguousEnd(seqs: readonly number[]): number {
  if (seqs.length === 0) return Infinity;
  let end = seqs[0];
  for (const seq of seqs) {
    if (seq > end + 1) break;
    end = Math.max(end, seq);
  }
  return end;
}
