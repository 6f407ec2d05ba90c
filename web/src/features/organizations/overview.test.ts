import { describe, expect, it } from 'vitest';
import type { SetupProgressDto } from '../../api/types';
import { overviewActions, setupSteps } from './overview';

const fresh: SetupProgressDto = {
  profileFilled: false, classes: 0, subjects: 0, structureCompleted: false, staffLinks: 0, teachersWaiting: 0, teachersVerified: 0,
  students: 0, parents: 0, classesWithStudents: 0, invitationsPending: 0, classesWithChat: 0, channelPosts: 0,
};
const running: SetupProgressDto = {
  profileFilled: true, classes: 2, subjects: 5, structureCompleted: true, staffLinks: 1, teachersWaiting: 0, teachersVerified: 3,
  students: 40, parents: 31, classesWithStudents: 2, invitationsPending: 0, classesWithChat: 2, channelPosts: 4,
};
const done = (progress: SetupProgressDto) => setupSteps(progress, '/org/1').filter((s) => s.done).map((s) => s.id);

describe('administrator overview steps', () => {
  it('starts with nothing done and the profile first', () => {
    const steps = setupSteps(fresh, '/org/1');
    expect(steps.map((s) => s.id)).toEqual(['profile', 'structure', 'teachers', 'families', 'chats', 'channel']);
    expect(done(fresh)).toEqual([]);
    expect(steps[0].to).toBe('/org/1/profile');
  });

  it('counts a school that opened as all done', () => {
    expect(done(running)).toHaveLength(6);
  });

  it('keeps a step open while someone still has to act on it', () => {
    expect(done({ ...running, teachersWaiting: 1 })).not.toContain('teachers');
    expect(setupSteps({ ...running, teachersWaiting: 1 }, '/o').find((s) => s.id === 'teachers')!.to).toBe('/o/staff');
    expect(done({ ...running, classes: 3 })).not.toContain('families'); // a new class with no students yet
    expect(done({ ...running, classes: 3 })).not.toContain('chats');
    expect(done({ ...running, structureCompleted: false })).not.toContain('structure');
    // Empty structures never count as done, whatever else is true.
    expect(done({ ...fresh, structureCompleted: true, parents: 1 })).toEqual([]);
  });

  it('leads to the rollout plan for the chats once the structure is built', () => {
    const chats = (progress: SetupProgressDto) => setupSteps(progress, '/o').find((s) => s.id === 'chats')!.to;
    expect(chats(running)).toBe('/o/rollout');
    expect(chats({ ...running, structureCompleted: false })).toBe('/o/chats');
  });

  it('puts the numbers into the status sentence', () => {
    const families = setupSteps(running, '/o').find((s) => s.id === 'families')!;
    expect(families.status[0].values).toMatchObject({ students: '40', parents: '31', withStudents: '2', classes: '2' });
  });
});

describe('what a member can do now', () => {
  it('offers staff their working sections and families the chats, nothing for a teacher still waiting', () => {
    expect(overviewActions('teacher', true).map((a) => a.section)).toEqual(['chats', 'structure', 'people', 'moderation']);
    expect(overviewActions('administrator', true).map((a) => a.section)).toContain('moderation');
    expect(overviewActions('parent', false).map((a) => a.section)).toEqual(['chats', 'people']);
    expect(overviewActions('teacher', false)).toEqual([]);
  });
});
