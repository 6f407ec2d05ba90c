/** The reactions the server accepts, in the order the picker shows them. */
export const REACTIONS = ['👍', '❤️', '😂', '😮', '😢', '🙏', '👏', '🔥', '🎉', '✅'] as const;

export interface ReactionView {
  emoji: string;
  count: number;
  mine: boolean;
}

/** The counts under a message, with the person's own reaction marked (counts arrive as numbers or strings). */
export function reactionView(reactions: readonly { emoji: string; count: number | string }[] | null | undefined, mine: string | undefined): ReactionView[] {
  return (reactions ?? [])
    .map((r) => ({ emoji: r.emoji, count: Number(r.count), mine: r.emoji === mine }))
    .filter((r) => r.count > 0);
}
