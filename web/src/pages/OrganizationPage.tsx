import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { OrganizationDto } from '../api/types';
import { LoadError, Loading, SelectField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';

/** The school's closed space. Empty for now, with what to do next. */
export function OrganizationPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const navigate = useNavigate();
  const loaded = useLoad(() => api.get<OrganizationDto>(`/api/organizations/${id}`), id);
  useTitle(loaded.state === 'ready' ? loaded.data.shortName : t('app.name'));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <LoadError title={loaded.error.title} />;
  const organization = loaded.data;
  const memberships = session?.user?.organizations ?? [];
  const publicUrl = `${window.location.origin}/o/${organization.slug}`;
  return (
    <article>
      {memberships.length > 1 && (
        <SelectField label={t('org.switcher')} value={organization.id} onChange={(e) => navigate(`/org/${e.target.value}`)}>
          {memberships.map((m) => (
            <option key={m.id} value={m.id}>
              {m.shortName}
            </option>
          ))}
        </SelectField>
      )}
      <h1>{organization.shortName}</h1>
      <p className="muted">
        {t(`org.role.${organization.myRole}`)} · {organization.regionName}, {organization.settlement}
      </p>
      <section className="empty-state" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('org.empty.title')}</h2>
        <p>{t('org.empty.text')}</p>
      </section>
      <section aria-labelledby="public-heading">
        <h2 id="public-heading">{t('org.publicLink')}</h2>
        <p>{t('org.publicLink.hint')}</p>
        <p className="tracking-link">
          <Link to={`/o/${organization.slug}`}>{publicUrl}</Link>
        </p>
      </section>
    </article>
  );
}
