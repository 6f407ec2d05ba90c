import { api } from '../api/client';
import type { PersonDto } from '../api/types';
import { FormAlert, LoadError, Loading } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';
import { MemberAccessButton } from '../features/people/MemberAccessButton';
import { useOrganization } from './OrganizationLayout';
import { PendingInvitations } from '../features/people/PendingInvitations';

/**
 * ID-7: the people this member may see; contacts only for administrators. Administrators also see who
 * was invited and has not come in, and close or give back anyone's access (ID-8).
 */
export function PeoplePage() {
  useTitle(t('people.title'));
  const { organization, isAdministrator } = useOrganization();
  const { session } = useSession();
  // Administrators see deactivated people too, to give access back; they stay in place after a deactivation.
  const url = `/api/organizations/${organization.id}/people${isAdministrator ? '?withDeactivated=true' : ''}`;
  const people = useLoad(() => api.get<PersonDto[]>(url), url);
  const { error, run } = useAction({ onDone: people.reload });
  if (people.state === 'loading') return <Loading />;
  if (people.state === 'error') return <LoadError title={people.error.title} />;
  return (
    <article>
      <h2>{t('people.title')}</h2>
      <p className="hint">{isAdministrator ? t('people.intro.admin') : t('people.intro')}</p>
      {isAdministrator && <PendingInvitations organizationId={organization.id} />}
      {isAdministrator && <h3>{t('people.members', { count: String(people.data.length) })}</h3>}
      <FormAlert title={error?.title} />
      {people.data.length === 0 ? (
        <p className="empty">{t('people.empty')}</p>
      ) : (
        <ul className="cards">
          {people.data.map((p) => (
            <li key={p.membershipId} className="card">
              <strong>{p.fullName}</strong> <span className="muted">{t(`org.role.${p.role}`)}</span>
              {p.role === 'teacher' && p.verified && <> <span className="badge badge-verified">✓ {t('org.verifiedBadge')}</span></>}
              {p.deactivated && <> <span className="badge badge-rejected">{t('people.deactivated')}</span></>}
              {(p.phone || p.email) && <p className="muted">{[p.phone, p.email].filter(Boolean).join(' · ')}</p>}
              {isAdministrator && p.accountId !== session?.user?.id && (
                <p>
                  <MemberAccessButton organizationId={organization.id} membershipId={p.membershipId} fullName={p.fullName} deactivated={p.deactivated} run={run} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
