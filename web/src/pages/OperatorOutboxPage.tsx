import { api } from '../api/client';
import type { OutboxMessageDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';

/** What the platform sent; in the embedded default the only place invitations and codes can be read. */
export function OperatorOutboxPage() {
  useTitle(t('operator.outbox.title'));
  const loaded = useLoad(() => api.get<OutboxMessageDto[]>('/api/operator/outbox'), 'outbox');
  return (
    <article className="wide">
      <h1>{t('operator.outbox.title')}</h1>
      <p>{t('operator.outbox.intro')}</p>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <LoadError title={loaded.error.title} />}
      {loaded.state === 'ready' &&
        (loaded.data.length === 0 ? (
          <p className="empty">{t('operator.outbox.empty')}</p>
        ) : (
          <ul className="cards">
            {loaded.data.map((message) => (
              <li key={message.id} className="card">
                <h2>
                  <span className="badge">{message.channel === 'sms' ? 'SMS' : 'E-mail'}</span> {message.subject}
                </h2>
                <p className="muted">
                  {t('operator.outbox.to')}: {message.to} · {formatDateTime(message.createdAt)} ·{' '}
                  {message.sentAt ? t('operator.outbox.sent') : t('operator.outbox.queued')}
                </p>
                <pre>{message.body}</pre>
              </li>
            ))}
          </ul>
        ))}
    </article>
  );
}
