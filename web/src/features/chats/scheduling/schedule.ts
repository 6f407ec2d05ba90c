// MSG-6 scheduled sending: «Завтра в 08:00» means 08:00 where the school is, not where the browser happens to be.
// Wall-clock times in the organization's time zone (IANA id) are turned into moments with Intl alone.

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

export type QuickChoiceKey = 'today' | 'tomorrow' | 'monday';

export interface QuickChoice {
  key: QuickChoiceKey;
  at: Date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** What a clock in the zone shows at the moment. */
export function wallClock(moment: Date, zone: string): WallClock & { second: number } {
  const parts = Object.fromEntries(formatter(zone).formatToParts(moment).map((p) => [p.type, p.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour % 24, minute: +parts.minute, second: +parts.second };
}

function offsetAt(moment: Date, zone: string): number {
  const clock = wallClock(moment, zone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(moment.getTime() / 1000) * 1000;
}

/** The moment a clock in the zone shows this time (checked twice, so a change of offset in between is followed). */
export function fromWallClock(clock: WallClock, zone: string): Date {
  const naive = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  let guess = naive - offsetAt(new Date(naive), zone);
  guess = naive - offsetAt(new Date(guess), zone);
  return new Date(guess);
}

function addDays(clock: WallClock, days: number): WallClock {
  const shifted = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + days));
  return { ...clock, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** «Сегодня в 18:00» while it is still ahead, «Завтра в 08:00», «В понедельник в 08:00» unless that is tomorrow. */
export function quickChoices(now: Date, zone: string): QuickChoice[] {
  const today = wallClock(now, zone);
  const choices: QuickChoice[] = [];
  const evening = fromWallClock({ ...today, hour: 18, minute: 0 }, zone);
  if (evening.getTime() - now.getTime() > 60 * 1000) choices.push({ key: 'today', at: evening });
  choices.push({ key: 'tomorrow', at: fromWallClock({ ...addDays(today, 1), hour: 8, minute: 0 }, zone) });
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay(); // 0 Sunday … 6 Saturday
  const untilMonday = ((8 - weekday) % 7) || 7;
  if (untilMonday > 1) choices.push({ key: 'monday', at: fromWallClock({ ...addDays(today, untilMonday), hour: 8, minute: 0 }, zone) });
  return choices;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value a datetime-local input shows for the moment, in the zone. */
export function toInputValue(moment: Date, zone: string): string {
  const c = wallClock(moment, zone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** A datetime-local value read as the zone's wall clock; null when it is not a complete date and time. */
export function fromInputValue(value: string, zone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return fromWallClock({ year, month, day, hour, minute }, zone);
}

/** The browser's own zone, when the organization's is not known. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
