import { Suspense, type ReactNode } from 'react';
import { api } from '../../api/client';
import type { OrganizationDto } from '../../api/types';
import { LoadError, Loading } from '../../components/Form';
import { useLoad } from '../../components/hooks';
import { lazyNamed } from '../../components/lazyNamed';
import { t } from '../../i18n';
import { useOrganization } from '../../pages/OrganizationLayout';

// Only a waiting parent needs the family form: it stays out of the chats' first load (issue 19).
const FamilySection = lazyNamed(() => import('./FamilySection'), 'FamilySection');

/**
 * ID-4: a parent who came in through a class's parent link reaches the school's chats only once a child
 * (or the class teacher) confirms them. Until then the chats page says what is pending and offers the step
 * that moves it on — picking one's child — instead of an empty list.
 */
export function ParentWaitingGate({ children }: { children: ReactNode }) {
  const { organization } = useOrganization();
  return organization.awaitingChild ? <StillWaiting organizationId={organization.id}>{children}</StillWaiting> : <>{children}</>;
}

/** The school's page was loaded before the child confirmed, perhaps minutes ago: ask again each time the chats are opened. */
function StillWaiting({ organizationId, children }: { organizationId: string; children: ReactNode }) {
  const fresh = useLoad(() => api.get<OrganizationDto>(`/api/organizations/${organizationId}`), `waiting-${organizationId}`);
  if (fresh.state === 'loading') return <Loading />;
  if (fresh.state === 'error') return <LoadError title={fresh.error.title} onRetry={fresh.reload} />;
  if (!fresh.data.awaitingChild) return <>{children}</>;
  return (
    <article>
      <section className="empty-state" aria-labelledby="waiting-child-heading">
        <h2 id="waiting-child-heading">{t('parentWaiting.title')}</h2>
        <p>{t('parentWaiting.text')}</p>
        <ol>
          <li>{t('parentWaiting.stepPick')}</li>
          <li>{t('parentWaiting.stepConfirm')}</li>
        </ol>
      </section>
      <Suspense fallback={<Loading />}>
        <FamilySection organizationId={organizationId} />
      </Suspense>
    </article>
  );
}
