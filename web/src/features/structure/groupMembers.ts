import type { GroupKind, OrganizationRole } from '../../api/types';
import type { MessageKey } from '../../i18n';

/**
 * Who may join a group of this kind, as the server decides (ChangeGroupMembers.Fits): the parents'
 * committee is for parents, a club for students and staff, every other group for staff only.
 */
export function fitsGroup(kind: GroupKind, role: OrganizationRole): boolean {
  if (kind === 'parentsCommittee') return role === 'parent';
  if (kind === 'club') return role !== 'parent';
  return role === 'teacher' || role === 'administrator';
}

/** The member picker's first line names whom to pick for this kind of group. */
export function memberChoiceKey(kind: GroupKind): MessageKey {
  if (kind === 'parentsCommittee') return 'groups.chooseParent';
  if (kind === 'club') return 'groups.chooseClubMember';
  return 'groups.chooseStaff';
}
