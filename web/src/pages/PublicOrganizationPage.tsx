import { useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { PublicOrganizationDto } from '../api/types';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';

/** ORG-6: what the school links from its website — how to join and whom to ask. */
export function PublicOrganizationPage() {
  const { slug = '' } = useParams();
  const loaded = useLoad(() => api.get<PublicOrganizationDto>(`/api/public/organizations/${encodeURIComponent(slug)}`), slug);
  useTitle(loaded.state === 'ready' ? loaded.data.shortName : t('app.name'));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <LoadError title={loaded.error.title} />;
  const organization = loaded.data;
  return (
    <article>
      <h1>{organization.fullName}</h1>
      <p className="lead">
        {organization.shortName} {t('public.uses')}
      </p>
      <dl className="facts">
        <dt>{t('operator.detail.kind')}</dt>
        <dd>{t(`kind.${organization.kind}`)}</dd>
        <dt>{t('public.location')}</dt>
        <dd>
          {organization.regionName}, {organization.municipality}, {organization.settlement}
        </dd>
        {organization.address && (
          <>
            <dt>{t('public.address')}</dt>
            <dd>{organization.address}</dd>
          </>
        )}
        {organization.website && (
          <>
            <dt>{t('public.website')}</dt>
            <dd>
              <a href={organization.website} rel="noopener noreferrer">
                {organization.website}
              </a>
            </dd>
          </>
        )}
        <dt>{t('public.contact')}</dt>
        <dd>
          {organization.contactName}, <a href={`mailto:${organization.contactEmail}`}>{organization.contactEmail}</a>
        </dd>
      </dl>
      <h2>{t('public.join.title')}</h2>
      <ul>
        <li>{t('public.join.students')}</li>
        <li>{t('public.join.parents')}</li>
        <li>{t('public.join.staff')}</li>
      </ul>
    </article>
  );
}
