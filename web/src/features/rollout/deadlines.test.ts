import { describe, expect, it } from 'vitest';
import { daysBetween, formatDay, stageStatus } from './deadlines';

describe('rollout deadlines', () => {
  it('shows a school day as the date itself whatever the reader’s zone', () => {
    expect(formatDay('2026-12-05')).toBe('5 декабря');
  });

  it('counts days to the latest date and across months', () => {
    expect(daysBetween('2026-12-03', '2026-12-06')).toBe(3);
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('puts done before overdue, and counts what is left otherwise', () => {
    expect(stageStatus({ complete: true, overdue: false, dueBy: '2026-12-06', chatsProposed: 2 }, '2026-12-10')).toEqual({ kind: 'done' });
    expect(stageStatus({ complete: false, overdue: true, dueBy: '2026-12-06', chatsProposed: 2 }, '2026-12-10')).toEqual({ kind: 'overdue' });
    expect(stageStatus({ complete: false, overdue: false, dueBy: '2026-12-06', chatsProposed: 2 }, '2026-12-06')).toEqual({ kind: 'due', daysLeft: 0 });
    expect(stageStatus({ complete: false, overdue: false, dueBy: '2026-12-06', chatsProposed: 0 }, '2026-12-10')).toEqual({ kind: 'empty' });
  });
});
