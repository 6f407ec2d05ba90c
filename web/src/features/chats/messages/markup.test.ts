import { describe, expect, it } from 'vitest';
import { bulletSelection, linkSelection, parseInline, parseMarkup, plainText, safeHref, wrapSelection, type Inline } from './markup';

const text = (value: string): Inline => ({ kind: 'text', text: value });
const bold = (...children: Inline[]): Inline => ({ kind: 'bold', children });
const italic = (...children: Inline[]): Inline => ({ kind: 'italic', children });
const link = (href: string, label = href): Inline => ({ kind: 'link', href, children: [text(label)] });

describe('inline markup', () => {
  it('reads bold and both kinds of italic', () => {
    expect(parseInline('Принести **тетради** и _линейку_, *обязательно*')).toEqual([
      text('Принести '), bold(text('тетради')), text(' и '), italic(text('линейку')), text(', '), italic(text('обязательно')),
    ]);
  });

  it('leaves unclosed markers literal', () => {
    expect(parseInline('**не закрыто')).toEqual([text('**не закрыто')]);
    expect(parseInline('_тоже')).toEqual([text('_тоже')]);
    expect(parseInline('a * b * c')).toEqual([text('a * b * c')]);
    expect(parseInline('****')).toEqual([text('****')]);
  });

  it('takes ** inside words but not _ or single * (snake_case, arithmetic)', () => {
    expect(parseInline('полу**жирный**шрифт')).toEqual([text('полу'), bold(text('жирный')), text('шрифт')]);
    expect(parseInline('file_name_here.txt')).toEqual([text('file_name_here.txt')]);
    expect(parseInline('2*3*4 = 24')).toEqual([text('2*3*4 = 24')]);
  });

  it('nests bold and italic both ways', () => {
    expect(parseInline('**жирный _и курсив_**')).toEqual([bold(text('жирный '), italic(text('и курсив')))]);
    expect(parseInline('_курсив **и жирный**_')).toEqual([italic(text('курсив '), bold(text('и жирный')))]);
    expect(parseInline('***оба***')).toEqual([bold(italic(text('оба')))]);
  });

  it('finds bare links without the sentence punctuation', () => {
    expect(parseInline('Смотрите https://school.ru/plan.pdf.')).toEqual([
      text('Смотрите '), link('https://school.ru/plan.pdf'), text('.'),
    ]);
    expect(parseInline('(см. https://ru.wikipedia.org/wiki/Кот_(значения))')).toEqual([
      text('(см. '), link('https://ru.wikipedia.org/wiki/Кот_(значения)'), text(')'),
    ]);
  });

  it('reads labelled links only for http, https and mailto', () => {
    expect(parseInline('[расписание](https://school.ru/r)')).toEqual([link('https://school.ru/r', 'расписание')]);
    expect(parseInline('[почта](mailto:info@school.ru)')).toEqual([link('mailto:info@school.ru', 'почта')]);
    expect(parseInline('[жми](javascript:alert(1))')).toEqual([text('[жми](javascript:alert(1))')]);
    expect(parseInline('[жми](data:text/html,x)')).toEqual([text('[жми](data:text/html,x)')]);
    expect(parseInline('javascript:alert(1)')).toEqual([text('javascript:alert(1)')]);
  });

  it('formats inside a link label', () => {
    expect(parseInline('[**важно**](https://a.ru)')).toEqual([{ kind: 'link', href: 'https://a.ru', children: [bold(text('важно'))] }]);
  });

  it('keeps HTML as text', () => {
    expect(parseInline('<script>alert("x")</script> <b>жирный</b>')).toEqual([text('<script>alert("x")</script> <b>жирный</b>')]);
  });

  it('handles a very long line full of unclosed markers quickly', () => {
    const line = '**a _b *c '.repeat(20000);
    const started = performance.now();
    const tokens = parseInline(line);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(tokens).toEqual([text(line)]);
  });
});

describe('block markup', () => {
  it('keeps line breaks, empty lines included', () => {
    expect(parseMarkup('раз\n\nдва')).toEqual([{ kind: 'paragraph', lines: [[text('раз')], [], [text('два')]] }]);
  });

  it('groups bulleted and numbered lines into lists', () => {
    expect(parseMarkup('Взять:\n- ручку\n* **тетрадь**\n1. первое\n2. второе\nвсё')).toEqual([
      { kind: 'paragraph', lines: [[text('Взять:')]] },
      { kind: 'bullets', items: [[text('ручку')], [bold(text('тетрадь'))]] },
      { kind: 'numbered', start: 1, items: [[text('первое')], [text('второе')]] },
      { kind: 'paragraph', lines: [[text('всё')]] },
    ]);
  });

  it('does not take a star that opens italics for a bullet', () => {
    expect(parseMarkup('*курсив*')).toEqual([{ kind: 'paragraph', lines: [[italic(text('курсив'))]] }]);
  });

  it('gives plain text for previews', () => {
    expect(plainText('**Важно**: [план](https://a.ru)\n- пункт')).toBe('Важно: план\nпункт');
  });
});

describe('safe links', () => {
  it('accepts only http, https and mailto', () => {
    expect(safeHref('https://a.ru')).toBe('https://a.ru');
    expect(safeHref('HTTP://a.ru')).toBe('HTTP://a.ru');
    expect(safeHref('mailto:a@b.ru')).toBe('mailto:a@b.ru');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('//evil.ru')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
  });
});

describe('composer formatting', () => {
  it('wraps the selection, leaving edge spaces outside', () => {
    expect(wrapSelection('взять тетрадь ', 6, 14, '**')).toEqual({ text: 'взять **тетрадь** ', selectionStart: 8, selectionEnd: 15 });
  });

  it('puts the caret between markers when nothing is selected', () => {
    expect(wrapSelection('ab', 1, 1, '_')).toEqual({ text: 'a__b', selectionStart: 2, selectionEnd: 2 });
  });

  it('makes the selected lines a bulleted list once', () => {
    expect(bulletSelection('Взять:\nручку\n- тетрадь', 7, 22).text).toBe('Взять:\n- ручку\n- тетрадь');
    expect(bulletSelection('ручку', 5, 5)).toEqual({ text: '- ручку', selectionStart: 7, selectionEnd: 7 });
  });

  it('inserts a link with the address selected', () => {
    expect(linkSelection('см. план', 4, 8, 'текст')).toEqual({ text: 'см. [план](https://)', selectionStart: 11, selectionEnd: 19 });
  });
});
