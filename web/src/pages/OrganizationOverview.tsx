import { Link } from 'react-router-dom';
import { t } from '../i18n';
import { FamilySection } from '../features/people/FamilySection';
import { useOrganization } from './OrganizationLayout';
import { overviewActions } from '../features/organizations/overview';
import { SetupChecklist } from '../features/organizations/SetupChecklist';

/**
 * What a member sees first: the administrator, the school's launch steps with progress; everyone else,
 * what they can do today; students and parents also their family links; a waiting teacher, why nothing is open yet.
 */
export function OrganizationOverview() {
  const { organization, isAdministrator, isStaff } = useOrganization();
  const base = `/org/${organization.id}`;
  const family = organization.myRole === 'student' || organization.myRole === 'parent';
  if (!isStaff && !family)
    return (
      <section className="empty-state" aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t('org.pending.title')}</h2>
        <p>{t('org.pending.text')}</p>
      </section>
    );
  const actions = overviewActions(organization.myRole, isStaff);
  return (
    <article className="overview">
      {isAdministrator && <SetupChecklist organizationId={organization.id} base={base} />}
      {!isAdministrator && (
        <section aria-labelledby="now-heading">
          <h2 id="now-heading">{t('overview.now.title')}</h2>
          <p className="hint">{t('overview.now.hint')}</p>
          {/* Named, not linked: the section menu right above already links each, and one name should lead to one place. */}
          <ul className="cards overview-actions">
            {actions.map((action) => (
              <li key={action.section} className="card">
                <h3>{t(action.title)}</h3>
                <p>{t(action.text)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {organization.eJournalUrl && (
        <section aria-labelledby="journal-heading">
          <h2 id="journal-heading">{t('overview.ejournal')}</h2>
          <p>
            {t('overview.ejournal.text')}{' '}
            <a href={organization.eJournalUrl} rel="noopener noreferrer">
              {organization.eJournalUrl}
            </a>
          </p>
        </section>
      )}
      {family && <FamilySection organizationId={organization.id} />}
      {isStaff && <PublicLink slug={organization.slug} />}
    </article>
  );
}

function PublicLink({ slug }: { slug: string }) {
  return (
    <section aria-labelledby="public-heading">
      <h2 id="public-heading">{t('org.publicLink')}</h2>
      <p>{t('org.publicLink.hint')}</p>
      <p className="tracking-link">
        <Link to={`/o/${slug}`}>{`${window.location.origin}/o/${slug}`}</Link>
      </p>
    </section>
  );
}
