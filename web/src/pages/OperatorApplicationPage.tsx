import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { ApplicationDetailDto } from '../api/types';
import { formatDateTime, formatSize } from '../components/format';
import { FormAlert, LoadError, Loading, TextArea } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { StatusBadge } from '../components/StatusBadge';
import { t } from '../i18n';

/** One application: every detail, the document in the page, and the decision. */
export function OperatorApplicationPage() {
  const { id = '' } = useParams();
  const loaded = useLoad(() => api.get<ApplicationDetailDto>(`/api/operator/applications/${id}`), id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  useTitle(loaded.state === 'ready' ? loaded.data.shortName : t('operator.queue.title'));

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <LoadError title={loaded.error.title} />;
  const application = loaded.data;
  const documentUrl = `/api/operator/applications/${application.id}/document`;

  async function decide(action: 'approve' | 'reject', event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/operator/applications/${application.id}/${action}`, action === 'reject' ? { reason } : undefined);
      loaded.reload();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="wide">
      <p>
        <Link to="/operator">{t('operator.detail.back')}</Link>
      </p>
      <h1>{application.shortName}</h1>
      <p>
        <StatusBadge status={application.status} /> <span className="muted">{formatDateTime(application.submittedAt)}</span>
      </p>
      <FormAlert problem={error} shown={['reason']} />
      <div className="two-columns">
        <dl className="facts">
          <dt>{t('operator.detail.kind')}</dt>
          <dd>{t(`kind.${application.kind}`)}</dd>
          <dt>{t('operator.detail.fullName')}</dt>
          <dd>{application.fullName}</dd>
          <dt>{t('operator.detail.location')}</dt>
          <dd>
            {application.regionName}, {application.municipality}, {application.settlement}
          </dd>
          <dt>{t('operator.detail.admin')}</dt>
          <dd>{application.adminFullName}</dd>
          <dt>{t('operator.detail.phone')}</dt>
          <dd>
            <a href={`tel:${application.adminPhone}`}>{application.adminPhone}</a>
          </dd>
          <dt>{t('operator.detail.email')}</dt>
          <dd>
            <a href={`mailto:${application.adminEmail}`}>{application.adminEmail}</a>
          </dd>
          <dt>{t('operator.detail.inn')}</dt>
          <dd>{application.inn}</dd>
          <dt>{t('operator.detail.kpp')}</dt>
          <dd>{application.kpp}</dd>
          {application.rejectionReason && (
            <>
              <dt>{t('track.reason')}</dt>
              <dd className="prewrap">{application.rejectionReason}</dd>
            </>
          )}
        </dl>
        <section aria-labelledby="document-heading">
          <h2 id="document-heading">{t('operator.detail.document')}</h2>
          <p className="muted">
            {application.documentFileName}, {formatSize(application.documentSize)} ·{' '}
            <a href={documentUrl} target="_blank" rel="noopener">
              {t('operator.detail.openDocument')}
            </a>
          </p>
          {application.documentContentType === 'application/pdf' ? (
            <iframe className="document" src={documentUrl} title={t('operator.detail.documentFrame')} />
          ) : (
            <img className="document" src={documentUrl} alt={t('operator.detail.documentFrame')} />
          )}
        </section>
      </div>
      {application.status === 'pending' ? (
        <div className="decision">
          <button type="button" className="button" disabled={busy} onClick={() => decide('approve')}>
            {busy ? t('operator.detail.approving') : t('operator.detail.approve')}
          </button>
          <form onSubmit={(event) => decide('reject', event)} className="form" noValidate>
            <TextArea label={t('operator.detail.rejectReason')} hint={t('operator.detail.rejectReason.hint')} value={reason} onChange={(e) => setReason(e.target.value)} error={error?.field('reason')} rows={3} maxLength={2000} required />
            <button type="submit" className="button button-danger" disabled={busy}>
              {t('operator.detail.reject')}
            </button>
          </form>
        </div>
      ) : (
        application.status === 'approved' && <p>{t('operator.detail.approvedText')}</p>
      )}
    </article>
  );
}
