import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { ClassDto, StaffMemberDto, StaffPosition, SubjectDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { FormAlert, LoadError, Loading, SelectField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';
import { MemberAccessButton } from '../features/people/MemberAccessButton';
import { useOrganization } from './OrganizationLayout';

const positions: StaffPosition[] = ['director', 'deputyDirector', 'methodAssociationHead', 'classTeacher', 'subjectTeacher', 'additionalEducationTeacher'];

/** ID-2: staff who joined by link wait here until an administrator confirms them with position, subjects and classes. */
export function StaffPage() {
  useTitle(t('staff.title'));
  const { organization } = useOrganization();
  const { session } = useSession();
  const base = `/api/organizations/${organization.id}`;
  const staff = useLoad(() => api.get<StaffMemberDto[]>(`${base}/staff`), `${base}/staff`);
  const classes = useLoad(() => api.get<ClassDto[]>(`${base}/classes`), `${base}/classes`);
  const subjects = useLoad(() => api.get<SubjectDto[]>(`${base}/subjects`), `${base}/subjects`);
  const { error, run } = useAction({ onDone: staff.reload });

  if (staff.state === 'loading') return <Loading />;
  if (staff.state === 'error') return <LoadError title={staff.error.title} />;
  const nameOf = <T extends { id: string; name: string }>(items: { state: string; data?: T[] }, id: string) =>
    (items.state === 'ready' ? items.data!.find((i) => i.id === id)?.name : undefined) ?? '';


  const others = staff.data.filter((s) => s.role !== 'administrator');
  return (
    <article>
      <h2>{t('staff.title')}</h2>
      <FormAlert problem={error} shown={['position']} />
      {others.length === 0 && <p className="empty">{t('staff.empty')}</p>}
      <ul className="cards">
        {staff.data.map((member) => (
          <li key={member.membershipId} className="card">
            <h3>
              {member.fullName}{' '}
              {member.role === 'administrator' ? (
                <span className="badge">{t('staff.administrator')}</span>
              ) : member.verified ? (
                <span className="badge badge-verified">✓ {t('org.verifiedBadge')}</span>
              ) : (
                <span className="badge badge-pending">{t('staff.pending')}</span>
              )}
            </h3>
            {member.deactivated && <p><span className="badge badge-rejected">{t('staff.deactivated')}</span></p>}
            <p className="muted">
              {[member.phone, member.email, t('staff.joined', { date: formatDateTime(member.joinedAt) })].filter(Boolean).join(' · ')}
            </p>
            {member.role === 'teacher' && member.verified && (
              <>
                <p>
                  {member.position && t(`position.${member.position}`)}
                  {member.subjectIds.length > 0 && ` · ${member.subjectIds.map((id) => nameOf(subjects, id)).join(', ')}`}
                  {member.classIds.length > 0 && ` · ${member.classIds.map((id) => nameOf(classes, id)).join(', ')}`}
                </p>
                <button type="button" className="button-secondary" onClick={() => void run(() => api.post(`${base}/staff/${member.membershipId}/revoke-verification`))}>
                  {t('staff.revoke')}
                </button>
              </>
            )}
            {member.accountId !== session?.user?.id && (
              <p>
                <MemberAccessButton organizationId={organization.id} membershipId={member.membershipId} fullName={member.fullName}
                  deactivated={member.deactivated} run={run} />
              </p>
            )}
            {member.role === 'teacher' && !member.verified && !member.deactivated && (
              <VerifyForm
                member={member}
                classes={classes.state === 'ready' ? classes.data : []}
                subjects={subjects.state === 'ready' ? subjects.data : []}
                error={error}
                onVerify={(body) => run(() => api.post(`${base}/staff/${member.membershipId}/verify`, body))}
              />
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}

interface VerifyFormProps {
  member: StaffMemberDto;
  classes: ClassDto[];
  subjects: SubjectDto[];
  error?: ApiError;
  onVerify: (body: { position: StaffPosition; subjectIds: string[]; classIds: string[] }) => Promise<void>;
}

function VerifyForm({ member, classes, subjects, error, onVerify }: VerifyFormProps) {
  const [position, setPosition] = useState<StaffPosition>('subjectTeacher');
  const [subjectIds, setSubjectIds] = useState<string[]>([]);
  const [classIds, setClassIds] = useState<string[]>([]);
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onVerify({ position, subjectIds, classIds });
  };
  return (
    <form onSubmit={submit} className="form" noValidate aria-label={`${t('staff.verify')}: ${member.fullName}`}>
      <SelectField label={t('staff.position')} value={position} onChange={(e) => setPosition(e.target.value as StaffPosition)} error={error?.field('position')}>
        {positions.map((p) => (
          <option key={p} value={p}>
            {t(`position.${p}`)}
          </option>
        ))}
      </SelectField>
      {subjects.length > 0 && (
        <fieldset>
          <legend className="label">{t('staff.subjects')}</legend>
          {subjects.map((s) => (
            <label key={s.id} className="choice">
              <input type="checkbox" checked={subjectIds.includes(s.id)} onChange={() => setSubjectIds(toggle(subjectIds, s.id))} />
              {s.name}
            </label>
          ))}
        </fieldset>
      )}
      {classes.length > 0 && (
        <fieldset>
          <legend className="label">{t('staff.classes')}</legend>
          <div className="checkbox-grid">
            {classes.map((c) => (
              <label key={c.id} className="choice">
                <input type="checkbox" checked={classIds.includes(c.id)} onChange={() => setClassIds(toggle(classIds, c.id))} />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <button type="submit" className="button">
        {t('staff.verify')}
      </button>
    </form>
  );
}
