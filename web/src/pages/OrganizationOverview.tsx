import { Link } from 'react-router-dom';
import { t } from '../i18n';
import { FamilySection } from './FamilySection';
import { useOrganization } from './OrganizationLayout';

/** What a member sees first: for a waiting teacher, why nothing is open yet; for an administrator, where to start. */
export function OrganizationOverview() {
  const { organization, isAdministrator, isStaff } = useOrganization();
  const publicUrl = `${window.location.origin}/o/${organization.slug}`;
  if (organization.myRole === 'student' || organization.myRole === 'parent') return <FamilySection organizationId={organization.id} />;
  if (!isStaff)
    return (
      <section className="empty-state" aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t('org.pending.title')}</h2>
        <p>{t('org.pending.text')}</p>
      </section>
    );
  return (
    <article>
      <section className="empty-state" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('org.empty.title')}</h2>
        <p>{isAdministrator ? t('org.admin.next') : t('org.empty.text')}</p>
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
