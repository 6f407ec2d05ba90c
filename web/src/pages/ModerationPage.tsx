import { useState } from 'react';
import type { components } from '../api/schema';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
import { ModerationLog } from '../features/chats/moderation/ModerationLog';
import { Reports } from '../features/chats/moderation/Reports';

type ReportStatus = components['schemas']['ReportStatus'];
type View = ReportStatus | 'log';

/**
 * MSG-7 «Модерация»: reports about messages in the chats the person moderates (all chats for the school's
 * administrators), with the reported text and the actions on it; the audit log for administrators.
 */
export function ModerationPage() {
  useTitle(t('moderation.title'));
  const { organization, isAdministrator } = useOrganization();
  const [view, setView] = useState<View>('open');
  const views: View[] = isAdministrator ? ['open', 'resolved', 'dismissed', 'log'] : ['open', 'resolved', 'dismissed'];
  return (
    <article>
      <h2>{t('moderation.title')}</h2>
      <p>{t('moderation.intro')}</p>
      <ul className="view-switch" aria-label={t('moderation.views')}>
        {views.map((v) => (
          <li key={v}>
            <button type="button" className="button-secondary button-small" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`moderation.${v}`)}
            </button>
          </li>
        ))}
      </ul>
      {view === 'log' ? <ModerationLog organizationId={organization.id} /> : <Reports organizationId={organization.id} status={view} />}
    </article>
  );
}
