import { api } from '../api/client';
import type { PersonDto } from '../api/types';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';

/** ID-7: the people this member may see; contacts only for administrators. */
export function PeoplePage() {
  useTitle(t('people.title'));
  const { organization } = useOrganization();
  const people = useLoad(() => api.get<PersonDto[]>(`/api/organizations/${organization.id}/people`), organization.id);
  if (people.state === 'loading') return <Loading />;
  if (people.state === 'error') return <LoadError title={people.error.title} />;
  return (
    <article>
      <h2>{t('people.title')}</h2>
      <p className="hint">{t('people.intro')}</p>
      {people.data.length === 0 ? (
        <p className="empty">{t('people.empty')}</p>
      ) : (
        <ul className="cards">
          {people.data.map((p) => (
            <li key={p.membershipId} className="card">
              <strong>{p.fullName}</strong> <span className="muted">{t(`org.role.${p.role}`)}</span>
              {p.role === 'teacher' && p.verified && <> <span className="badge badge-verified">✓ {t('org.verifiedBadge')}</span></>}
              {(p.phone || p.email) && <p className="muted">{[p.phone, p.email].filter(Boolean).join(' · ')}</p>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
