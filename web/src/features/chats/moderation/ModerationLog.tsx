import { useState } from 'react';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { FormAlert, LoadError, Loading } from '../../../components/Form';
import { useAction, useLoad } from '../../../components/hooks';
import { t } from '../../../i18n';
import { dayTime } from '../messages/when';

type ModerationLogEntryDto = components['schemas']['ModerationLogEntryDto'];

const LOG_PAGE = 50;

/** The school's moderation audit log (administrators), newest first, a page at a time. */
export function ModerationLog({ organizationId }: { organizationId: string }) {
  const base = `/api/organizations/${organizationId}/moderation/log?limit=${LOG_PAGE}`;
  const first = useLoad(() => api.get<ModerationLogEntryDto[]>(base), base);
  const [more, setMore] = useState<ModerationLogEntryDto[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const { error, busy, run } = useAction();

  if (first.state === 'loading') return <Loading />;
  if (first.state === 'error') return <LoadError title={first.error.title} onRetry={first.reload} />;
  const entries = [...first.data, ...more];
  if (entries.length === 0) return <p className="empty">{t('moderation.emptyLog')}</p>;
  const loadMore = () =>
    void run(async () => {
      const page = await api.get<ModerationLogEntryDto[]>(`${base}&before=${encodeURIComponent(entries[entries.length - 1].createdAt)}`);
      setMore((m) => [...m, ...page]);
      if (page.length < LOG_PAGE) setExhausted(true);
    });
  return (
    <>
      <ol className="cards" aria-label={t('moderation.log')}>
        {entries.map((e) => (
          <li key={e.id} className="card">
            <p>
              <time dateTime={e.createdAt} className="muted">
                {dayTime.format(new Date(e.createdAt))}
              </time>
            </p>
            <p>
              <strong>{e.actorName}</strong> {t(`moderation.logAction.${e.action}`)}
              {e.targetName ? ` — ${e.targetName}` : ''} {t('moderation.logChat', { chat: e.chatTitle })}
            </p>
            {e.note && <p className="muted">{e.note}</p>}
          </li>
        ))}
      </ol>
      <FormAlert problem={error} />
      {!exhausted && first.data.length === LOG_PAGE && (
        <p>
          <button type="button" className="button-secondary" disabled={busy} onClick={loadMore}>
            {t('moderation.more')}
          </button>
        </p>
      )}
    </>
  );
}
