import { api } from '../api/client';
import type { OutboxMessageDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { outboxParts, outboxTitle } from '../features/operator/outbox';

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
            {loaded.data.map((message) => {
              const channel = message.channel === 'sms' ? 'SMS' : 'E-mail';
              return (
              <li key={message.id} className="card">
                <h2>
                  <span className="badge">{channel}</span> {outboxTitle(channel, message.subject)}
                </h2>
                <p className="muted">
                  {t('operator.outbox.to')}: {message.to} · {formatDateTime(message.createdAt)} ·{' '}
                  {message.sentAt ? t('operator.outbox.sent') : t('operator.outbox.queued')}
                </p>
                <pre>
                  {outboxParts(message.body).map((part, i) =>
                    part.kind === 'link' ? (
                      <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
                        {part.href}
                      </a>
                    ) : (
                      part.text
                    ),
                  )}
                </pre>
              </li>
              );
            })}
          </ul>
        ))}
    </article>
  );
}
