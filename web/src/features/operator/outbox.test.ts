import { describe, expect, it } from 'vitest';
import { outboxParts, outboxTitle } from './outbox';

describe('outboxParts', () => {
  it('turns web addresses into links and keeps the text around them', () => {
    expect(outboxParts('Приглашение: https://parta.example/invite/abc. Действует 7 дней')).toEqual([
      { kind: 'text', text: 'Приглашение: ' },
      { kind: 'link', href: 'https://parta.example/invite/abc' },
      { kind: 'text', text: '. Действует 7 дней' },
    ]);
  });

  it('leaves a body without addresses whole', () => {
    expect(outboxParts('Ваш код подтверждения: 123456')).toEqual([{ kind: 'text', text: 'Ваш код подтверждения: 123456' }]);
  });

  it('finds several links, one at the very end', () => {
    const parts = outboxParts('http://a.ru/x и https://b.ru/y');
    expect(parts.filter((p) => p.kind === 'link')).toEqual([
      { kind: 'link', href: 'http://a.ru/x' },
      { kind: 'link', href: 'https://b.ru/y' },
    ]);
  });
});

describe('outboxTitle', () => {
  it('drops a subject that only repeats the channel', () => {
    expect(outboxTitle('SMS', 'SMS')).toBe('');
  });

  it('keeps a real subject', () => {
    expect(outboxTitle('E-mail', 'Приглашение в Парту')).toBe('Приглашение в Парту');
  });
});
