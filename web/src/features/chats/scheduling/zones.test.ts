import { describe, expect, it } from 'vitest';
import { momentIn, zoneName } from './zones';

describe('time zones in Russian', () => {
  it('names a zone in words with its offset, not by its identifier', () => {
    const name = zoneName('Asia/Yekaterinburg');
    expect(name).not.toContain('Asia/');
    expect(name).toContain('Екатеринбург');
    expect(name).toContain('GMT+5');
  });

  it('tells a moment as the clock reads in the named zone, not in the reader\'s', () => {
    expect(momentIn('Asia/Yekaterinburg', '2026-12-03T03:00:00Z')).toContain('08:00');
    expect(momentIn('Europe/Moscow', '2026-12-03T03:00:00Z')).toContain('06:00');
  });
});
