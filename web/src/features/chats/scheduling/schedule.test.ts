import { describe, expect, it } from 'vitest';
import { fromInputValue, fromWallClock, quickChoices, toInputValue, wallClock } from './schedule';

describe('wall clock in the school time zone', () => {
  it('converts both ways for Moscow and Yekaterinburg', () => {
    expect(fromWallClock({ year: 2026, month: 11, day: 24, hour: 8, minute: 0 }, 'Europe/Moscow').toISOString()).toBe('2026-11-24T05:00:00.000Z');
    expect(fromWallClock({ year: 2026, month: 11, day: 24, hour: 8, minute: 0 }, 'Asia/Yekaterinburg').toISOString()).toBe('2026-11-24T03:00:00.000Z');
    expect(wallClock(new Date('2026-11-23T22:30:00Z'), 'Asia/Kamchatka')).toMatchObject({ day: 24, hour: 10, minute: 30 });
  });

  it('follows a change of offset (Berlin, summer time)', () => {
    expect(fromWallClock({ year: 2026, month: 7, day: 1, hour: 8, minute: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-07-01T06:00:00.000Z');
  });

  it('reads and writes datetime-local values', () => {
    expect(toInputValue(new Date('2026-11-24T05:00:00Z'), 'Europe/Moscow')).toBe('2026-11-24T08:00');
    expect(fromInputValue('2026-11-24T08:00', 'Europe/Moscow')?.toISOString()).toBe('2026-11-24T05:00:00.000Z');
    expect(fromInputValue('2026-11-24', 'Europe/Moscow')).toBeNull();
  });
});

describe('quick choices', () => {
  it('offers this evening while it is ahead, tomorrow morning and Monday morning', () => {
    // Wednesday 25 November 2026, 10:00 in Moscow.
    const choices = quickChoices(new Date('2026-11-25T07:00:00Z'), 'Europe/Moscow');
    expect(choices.map((c) => [c.key, c.at.toISOString()])).toEqual([
      ['today', '2026-11-25T15:00:00.000Z'],
      ['tomorrow', '2026-11-26T05:00:00.000Z'],
      ['monday', '2026-11-30T05:00:00.000Z'],
    ]);
  });

  it('drops the evening once it has passed, and Monday when Monday is tomorrow', () => {
    // Sunday 29 November 2026, 19:00 in Moscow.
    const choices = quickChoices(new Date('2026-11-29T16:00:00Z'), 'Europe/Moscow');
    expect(choices.map((c) => c.key)).toEqual(['tomorrow']);
  });

  it('on a Monday offers next Monday', () => {
    const choices = quickChoices(new Date('2026-11-30T16:00:00Z'), 'Europe/Moscow');
    expect(choices.find((c) => c.key === 'monday')?.at.toISOString()).toBe('2026-12-07T05:00:00.000Z');
  });
});
