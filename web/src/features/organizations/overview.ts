import type { OrganizationRole, SetupProgressDto } from '../../api/types';
import type { MessageKey } from '../../i18n';

/** One step of opening a school: what to do, how far it is (a sentence with numbers), where to do it. */
export interface SetupStep {
  id: 'profile' | 'structure' | 'teachers' | 'families' | 'chats' | 'channel';
  title: MessageKey;
  status: { key: MessageKey; values?: Record<string, string> }[];
  done: boolean;
  to: string;
}

/**
 * The administrator's next steps, in the order a school opens (ORG-3/4, ID-2/3/4, MSG-1), each judged
 * from the school's real state. A step is done when nobody would still act on it: a teacher waiting for
 * confirmation keeps the staff step open, a class with no student keeps the families' step open.
 */
export function setupSteps(progress: SetupProgressDto, base: string): SetupStep[] {
  const n = (value: number | string) => Number(value);
  const classes = n(progress.classes);
  const text = (key: MessageKey, values?: Record<string, number | string>) => ({
    key,
    values: values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)])),
  });
  return [
    { id: 'profile', title: 'overview.admin.profile', status: [text('overview.admin.profile.status')], done: progress.profileFilled, to: `${base}/profile` },
    {
      id: 'structure',
      title: 'overview.admin.structure',
      status: [
        text('overview.admin.structure.status', { classes, subjects: progress.subjects }),
        ...(progress.structureCompleted ? [] : [text('overview.admin.structure.complete')]),
      ],
      done: classes > 0 && progress.structureCompleted,
      to: `${base}/structure`,
    },
    {
      id: 'teachers',
      title: 'overview.admin.teachers',
      status: [text('overview.admin.teachers.status', { verified: progress.teachersVerified, waiting: progress.teachersWaiting, links: progress.staffLinks })],
      done: n(progress.teachersVerified) > 0 && n(progress.teachersWaiting) === 0,
      // Someone waiting is the thing to act on; otherwise more teachers come through a link.
      to: n(progress.teachersWaiting) > 0 ? `${base}/staff` : `${base}/links`,
    },
    {
      id: 'families',
      title: 'overview.admin.families',
      status: [
        text('overview.admin.families.status', {
          students: progress.students, parents: progress.parents, withStudents: progress.classesWithStudents, classes, invitations: progress.invitationsPending,
        }),
      ],
      done: classes > 0 && n(progress.classesWithStudents) >= classes && n(progress.parents) > 0,
      to: `${base}/links`,
    },
    {
      id: 'chats',
      title: 'overview.admin.chats',
      status: [text('overview.admin.chats.status', { withChat: progress.classesWithChat, classes })],
      done: classes > 0 && n(progress.classesWithChat) >= classes,
      // Once the structure is built, the rollout plan (RUN-1) proposes these chats from it and opens them in one step.
      to: progress.structureCompleted ? `${base}/rollout` : `${base}/chats`,
    },
    {
      id: 'channel',
      title: 'overview.admin.channel',
      status: [text('overview.admin.channel.status', { posts: progress.channelPosts })],
      done: n(progress.channelPosts) > 0,
      to: `${base}/chats`,
    },
  ];
}

/** A section a member can open today, with a sentence on what it is for. */
export interface OverviewAction {
  section: 'chats' | 'structure' | 'people' | 'moderation';
  title: MessageKey;
  text: MessageKey;
}

/** What each role can do now (ID-1): the sections that exist for it, not promises of later versions. */
export function overviewActions(role: OrganizationRole, isStaff: boolean): OverviewAction[] {
  if (isStaff)
    return [
      { section: 'chats', title: 'overview.teacher.chats', text: 'overview.teacher.chats.text' },
      { section: 'structure', title: 'overview.teacher.structure', text: 'overview.teacher.structure.text' },
      { section: 'people', title: 'overview.teacher.people', text: 'overview.teacher.people.text' },
      { section: 'moderation', title: 'overview.teacher.moderation', text: 'overview.teacher.moderation.text' },
    ];
  if (role === 'student' || role === 'parent')
    return [
      { section: 'chats', title: 'overview.family.chats', text: 'overview.family.chats.text' },
      { section: 'people', title: 'overview.family.people', text: 'overview.family.people.text' },
    ];
  return [];
}
