import { describe, expect, it } from 'vitest';
import { problemText } from './problemText';

const validation = (errors: Record<string, string[]>, detail?: string) => ({ title: 'Проверьте введённые данные', detail, errors });

describe('problemText', () => {
  it('shows the one reason of a field the form has no input for as the title', () => {
    const problem = validation({ classId: ['Регистрация учеников 1–4 классов закрыта: её открывает администратор в профиле школы'] });
    expect(problemText(problem, ['maxUses', 'expiresInDays'])).toEqual({
      title: 'Регистрация учеников 1–4 классов закрыта: её открывает администратор в профиле школы',
      lines: [],
    });
  });

  it('keeps the general title when the form shows some reasons beside its fields, and lists the rest', () => {
    const problem = validation({ fullName: ['Заполните это поле'], code: ['Код неверный или устарел'], phone: ['Номер уже занят'] });
    expect(problemText(problem, ['fullName'])).toEqual({ title: 'Проверьте введённые данные', lines: ['Код неверный или устарел', 'Номер уже занят'] });
    expect(problemText(problem, ['fullName', 'code', 'phone'])).toEqual({ title: 'Проверьте введённые данные', lines: [] });
  });

  it('counts an indexed field (options[2]) as shown when its list is', () => {
    expect(problemText(validation({ 'options[2]': ['Заполните это поле'] }), ['options']).lines).toEqual([]);
  });

  it('says each repeated message once and keeps a non-validation title with its detail', () => {
    expect(problemText(validation({ a: ['Одно и то же'], b: ['Одно и то же'] })).title).toBe('Одно и то же');
    expect(problemText({ title: 'Ссылка недействительна', detail: 'Попросите новую у классного руководителя' })).toEqual({
      title: 'Ссылка недействительна',
      lines: ['Попросите новую у классного руководителя'],
    });
  });
});
