// A poll's answers as the message shows them, and what pressing one does to the person's vote.
import type { components } from '../../../api/schema';

type Schemas = components['schemas'];

type PollWire = NonNullable<Schemas['MessageDto']['poll']>;

export interface PollOptionView {
  index: number;
  text: string;
  votes: number;
  /** Share of the people who voted, 0–100, rounded. */
  share: number;
  chosen: boolean;
}

/** A poll's answers with their bars: shares are of the people who voted (several answers may add past 100 %). */
export function pollView(poll: PollWire, myOptions: readonly number[] | undefined): PollOptionView[] {
  const voters = Number(poll.voters);
  return poll.options.map((o) => {
    const votes = Number(o.votes);
    return {
      index: Number(o.index),
      text: o.text,
      votes,
      share: voters > 0 ? Math.round((votes * 100) / voters) : 0,
      chosen: (myOptions ?? []).includes(Number(o.index)),
    };
  });
}

/** Open until closed by hand or until its closing time passes. */
export function pollIsOpen(poll: Pick<PollWire, 'closedAt' | 'closesAt'>, now: Date): boolean {
  if (poll.closedAt) return false;
  return !poll.closesAt || new Date(poll.closesAt).getTime() > now.getTime();
}

/**
 * The vote after pressing an answer: one choice replaces the previous one (pressing it again withdraws),
 * several choices toggle the answer. An empty list withdraws the vote.
 */
export function nextVote(current: readonly number[], index: number, multipleChoice: boolean): number[] {
  if (!multipleChoice) return current.length === 1 && current[0] === index ? [] : [index];
  return current.includes(index) ? current.filter((i) => i !== index) : [...current, index].sort((a, b) => a - b);
}
