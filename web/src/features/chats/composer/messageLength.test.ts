import { describe, expect, it } from 'vitest';
import openapi from '../../../../openapi.json';
import { failPending, isFinalRefusal, type PendingSend } from '../messenger/pending';
import { MESSAGE_MAX_LENGTH, messageLength } from './messageLength';

describe('messageLength', () => {
  it('is the limit the server publishes for SendMessageRequest.text', () => {
    expect(MESSAGE_MAX_LENGTH).toBe(openapi.components.schemas.SendMessageRequest.properties.text.maxLength);
  });

  it('counts as the server does: trimmed, a Windows line break as one character', () => {
    expect(messageLength('  привет\r\nмир  ', 100).length).toBe(10);
  });

  it('shows the counter only near the limit and refuses over it with a Russian sentence', () => {
    expect(messageLength('а'.repeat(89), 100)).toMatchObject({ showCounter: false, left: 11, refusal: undefined });
    expect(messageLength('а'.repeat(95), 100)).toMatchObject({ showCounter: true, left: 5, refusal: undefined });
    expect(messageLength('а'.repeat(100), 100).refusal).toBeUndefined();
    const over = messageLength('а'.repeat(20_000));
    expect(over.left).toBe(MESSAGE_MAX_LENGTH - 20_000);
    expect(over.refusal).toBe(`Сообщение длиннее ${MESSAGE_MAX_LENGTH} символов на ${20_000 - MESSAGE_MAX_LENGTH}: сократите его или разделите на несколько.`);
  });
});

describe('a refused send', () => {
  const send: PendingSend = { clientId: 'c1', chatId: 'chat', text: 'x', replyToSeq: null, createdAt: '2026-01-01T00:00:00Z' };

  it('offers no second try when the server refused the message itself', () => {
    expect(isFinalRefusal('validation_failed')).toBe(true);
    expect(isFinalRefusal('chat_not_found')).toBe(false);
    expect(failPending([send], 'c1', 'Слишком длинное значение', true)[0]).toMatchObject({ error: 'Слишком длинное значение', final: true });
  });
});
