// Every type the client exchanges with the server, taken from the generated OpenAPI schema
// (npm run gen:api), so a server change that breaks the client fails the type check.
import type { components } from './schema';

type Schemas = components['schemas'];

export type SessionDto = Schemas['SessionDto'];
export type SessionUserDto = Schemas['SessionUserDto'];
export type RegionDto = Schemas['RegionDto'];
export type ApplicationSubmittedDto = Schemas['ApplicationSubmittedDto'];
export type ApplicationStatusDto = Schemas['ApplicationStatusDto'];
export type ApplicationSummaryDto = Schemas['ApplicationSummaryDto'];
export type ApplicationDetailDto = Schemas['ApplicationDetailDto'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type OrganizationKind = Schemas['OrganizationKind'];
export type OrganizationRole = Schemas['OrganizationRole'];
export type OutboxMessageDto = Schemas['OutboxMessageDto'];
export type InvitationDto = Schemas['InvitationDto'];
export type PhoneChangeCodesDto = Schemas['PhoneChangeCodesDto'];
export type OrganizationDto = Schemas['OrganizationDto'];
export type PublicOrganizationDto = Schemas['PublicOrganizationDto'];
export type SetupTokenStatusDto = Schemas['SetupTokenStatusDto'];
export type SignInRequest = Schemas['SignInRequest'];
export type CreateFirstOperatorRequest = Schemas['CreateFirstOperatorRequest'];
export type AcceptInvitationRequest = Schemas['AcceptInvitationRequest'];
export type RejectApplicationRequest = Schemas['RejectApplicationRequest'];
export type ApplicationFormFields = Omit<Schemas['ApplicationForm'], 'document'>;

/** RFC 9457 problem as the server sends it: a stable code, Russian text, per-field messages. */
export interface ProblemDetails {
  status: number;
  code: string;
  title: string;
  detail?: string | null;
  errors?: Record<string, string[]>;
}

export type ClassDto = Schemas['ClassDto'];
export type SubjectDto = Schemas['SubjectDto'];
export type JoinLinkDto = Schemas['JoinLinkDto'];
export type JoinLinkInfoDto = Schemas['JoinLinkInfoDto'];
export type JoinLinkState = Schemas['JoinLinkState'];
export type StaffMemberDto = Schemas['StaffMemberDto'];
export type StaffPosition = NonNullable<Schemas['StaffPosition']>;
export type CreateClassRequest = Schemas['CreateClassRequest'];
export type CreateJoinLinkRequest = Schemas['CreateJoinLinkRequest'];
export type VerifyTeacherRequest = Schemas['VerifyTeacherRequest'];
export type JoinOrganizationRequest = Schemas['JoinOrganizationRequest'];
export type SessionInfoDto = Schemas['SessionInfoDto'];
export type EndedSessionsDto = Schemas['EndedSessionsDto'];
export type ProfileDto = Schemas['ProfileDto'];
export type TimeZoneDto = Schemas['TimeZoneDto'];
export type ClassMembersDto = Schemas['ClassMembersDto'];
export type GuardianLinkDto = Schemas['GuardianLinkDto'];
export type FamilyDto = Schemas['FamilyDto'];
export type AccountDeletionDto = Schemas['AccountDeletionDto'];
export type ImportPreviewDto = Schemas['ImportPreviewDto'];
export type ImportResultDto = Schemas['ImportResultDto'];
export type TwoFactorStatusDto = Schemas['TwoFactorStatusDto'];
export type AuthenticatorEnrolmentDto = Schemas['AuthenticatorEnrolmentDto'];
export type RecoveryCodesDto = Schemas['RecoveryCodesDto'];
export type GroupDto = Schemas['GroupDto'];
export type GroupKind = Schemas['GroupKind'];
export type PersonDto = Schemas['PersonDto'];
export type PendingInvitationDto = Schemas['PendingInvitationDto'];
export type SetupProgressDto = Schemas['SetupProgressDto'];
export type ExternalProviderDto = Schemas['ExternalProviderDto'];
export type YoungStudentRegisteredDto = Schemas['YoungStudentRegisteredDto'];
export type PendingChildDto = Schemas['PendingChildDto'];
