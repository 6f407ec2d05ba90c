import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { ClassMembersDto, JoinLinkDto } from '../api/types';
import { FormAlert, LoadError, Loading } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { JoinLinkList } from '../features/people/JoinLinkList';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';

/** One class: its students and parents with their links, and (for its class teacher) the class's invitation links. */
export function ClassPage() {
  const { classId = '' } = useParams();
  const { organization } = useOrganization();
  const base = `/api/organizations/${organization.id}`;
  const members = useLoad(() => api.get<ClassMembersDto>(`${base}/classes/${classId}/members`), classId);
  const links = useLoad(() => api.get<JoinLinkDto[]>(`${base}/join-links`), `${classId}/links`);
  const { error, run } = useAction({ onDone: () => { members.reload(); links.reload(); } });
  useTitle(members.state === 'ready' ? members.data.className : t('org.nav.structure'));

  if (members.state === 'loading') return <Loading />;
  if (members.state === 'error') return <LoadError title={members.error.title} />;
  const data = members.data;
  const classLinks = links.state === 'ready' ? links.data.filter((l) => l.classId === classId) : [];

  const parentsOf = (studentId: string) => data.links.filter((l) => l.studentMembershipId === studentId);

  return (
    <article>
      <p>
        <Link to={`/org/${organization.id}/structure`}>← {t('org.nav.structure')}</Link>
      </p>
      <h2>{data.className}</h2>
      <FormAlert problem={error} />
      <section aria-labelledby="students-heading">
        <h3 id="students-heading">{t('class.students')}</h3>
        {data.students.length === 0 ? (
          <p className="empty">{t('class.students.empty')}</p>
        ) : (
          <ul className="cards">
            {data.students.map((student) => (
              <li key={student.membershipId} className="card">
                <strong>{student.fullName}</strong>
                {parentsOf(student.membershipId).map((link) => (
                  <p key={link.guardianshipId} className="muted">
                    {t('class.childOf', { names: link.parentName })} — {t(`guardianship.${link.status}`)}{' '}
                    {link.status === 'pending' && data.canManage && (
                      <button type="button" className="button-secondary" aria-label={t('class.confirmNamed', { parent: link.parentName, student: link.studentName })}
                        onClick={() => void run(() => api.post(`${base}/guardianships/${link.guardianshipId}/confirm`))}>
                        {t('class.confirm')}
                      </button>
                    )}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="parents-heading">
        <h3 id="parents-heading">{t('class.parents')}</h3>
        {data.parents.length === 0 ? (
          <p className="empty">{t('class.parents.empty')}</p>
        ) : (
          <ul>
            {data.parents.map((parent) => (
              <li key={parent.membershipId}>{parent.fullName}</li>
            ))}
          </ul>
        )}
      </section>
      {data.canManage && (
        <section aria-labelledby="class-links-heading">
          <h3 id="class-links-heading">{t('class.links')}</h3>
          <p className="actions">
            <button type="button" className="button" onClick={() => void run(() => api.post(`${base}/join-links`, { kind: 'classStudents', classId }))}>
              {t('class.link.students')}
            </button>
            <button type="button" className="button-secondary" onClick={() => void run(() => api.post(`${base}/join-links`, { kind: 'classParents', classId }))}>
              {t('class.link.parents')}
            </button>
          </p>
          <JoinLinkList links={classLinks} revokeUrl={(l) => `${base}/join-links/${l.id}/revoke`} printUrl={(l) => `/org/${organization.id}/links/${l.id}/print`} onChanged={links.reload} />
        </section>
      )}
    </article>
  );
}
