import type { components } from '../../api/schema';

type Stage = components['schemas']['RolloutStageDto'];

const day = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A calendar day of the school («2026-12-05») in Russian, «5 декабря»: it is a date, not a moment, so no zone shifts it. */
export function formatDay(date: string): string {
  return day.format(new Date(`${date}T00:00:00Z`));
}

/** Whole days from one calendar day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type StageStatus = { kind: 'empty' } | { kind: 'done' } | { kind: 'overdue' } | { kind: 'due'; daysLeft: number };

/** Where a stage stands on the school's today (the server says what is overdue; days left count to the latest date); a stage with nothing proposed has no status. */
export function stageStatus(stage: Pick<Stage, 'complete' | 'overdue' | 'dueBy' | 'chatsProposed'>, today: string): StageStatus {
  if (Number(stage.chatsProposed) === 0) return { kind: 'empty' };
  if (stage.complete) return { kind: 'done' };
  if (stage.overdue) return { kind: 'overdue' };
  return { kind: 'due', daysLeft: daysBetween(today, stage.dueBy) };
}
