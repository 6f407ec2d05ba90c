import { describe, expect, it } from 'vitest';
import { insertMention, mentionedIn, mentionQuery, splitMentions, suggestMembers } from './mentions';

const anna = { accountId: 'a', name: 'Анна Петрова' };
const annaShort = { accountId: 'b', name: 'Анна' };
const misha = { accountId: 'm', name: 'Козлов Миша' };

describe('mentions', () => {
  it('finds the «@…» being typed only at a word start', () => {
    expect(mentionQuery('Привет, @Ко', 11)).toEqual({ start: 8, query: 'Ко' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('почта a@b', 9)).toBeNull();
    expect(mentionQuery('@Ко\nдальше', 10)).toBeNull();
    expect(mentionQuery('без собаки', 5)).toBeNull();
  });

  it('suggests members by any part of the name, never the writer', () => {
    expect(suggestMembers([anna, misha], 'миш', 'x')).toEqual([misha]);
    expect(suggestMembers([anna, misha], '', 'a')).toEqual([misha]);
  });

  it('inserts the full name with a space and moves the caret after it', () => {
    expect(insertMention('Привет, @Ко и всё', 8, 11, 'Козлов Миша')).toEqual({ text: 'Привет, @Козлов Миша  и всё', caret: 21 });
  });

  it('keeps only the people the text still names', () => {
    expect(mentionedIn('@Козлов Миша, принеси', [misha, anna, misha])).toEqual(['m']);
    expect(mentionedIn('никого', [misha])).toEqual([]);
  });

  it('splits text around mentions, preferring the longer name', () => {
    expect(splitMentions('Да, @Анна Петрова и @Анна!', [annaShort, anna])).toEqual([
      { text: 'Да, ' },
      { text: '@Анна Петрова', mention: 'a' },
      { text: ' и ' },
      { text: '@Анна', mention: 'b' },
      { text: '!' },
    ]);
    expect(splitMentions('e@mail', [])).toEqual([{ text: 'e@mail' }]);
  });
});
