import { describe, expect, it } from 'vitest';
import { t } from '../../i18n';
import { fitsGroup, memberChoiceKey } from './groupMembers';

describe('group member picker', () => {
  it('offers only staff for a subject teachers\' group', () => {
    expect(fitsGroup('subjectTeachers', 'teacher')).toBe(true);
    expect(fitsGroup('subjectTeachers', 'administrator')).toBe(true);
    expect(fitsGroup('subjectTeachers', 'student')).toBe(false);
    expect(fitsGroup('subjectTeachers', 'parent')).toBe(false);
  });

  it('offers parents for the parents\' committee and students with staff for a club', () => {
    expect(fitsGroup('parentsCommittee', 'parent')).toBe(true);
    expect(fitsGroup('parentsCommittee', 'teacher')).toBe(false);
    expect(fitsGroup('club', 'student')).toBe(true);
    expect(fitsGroup('club', 'teacher')).toBe(true);
    expect(fitsGroup('club', 'parent')).toBe(false);
  });

  it('says whom to choose instead of «Выберите человека»', () => {
    expect(t(memberChoiceKey('subjectTeachers'))).toBe('Выберите сотрудника');
    expect(t(memberChoiceKey('parentsCommittee'))).toBe('Выберите родителя');
    expect(t(memberChoiceKey('club'))).toBe('Выберите ученика или педагога');
  });
});
