import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { ApplicationStatusDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { StatusBadge } from '../components/StatusBadge';
import { t } from '../i18n';

/** The applicant's private status page, reached by the link they kept. */
export function TrackPage() {
  useTitle(t('track.title'));
  const { token = '' } = useParams();
  const loaded = useLoad(() => api.get<ApplicationStatusDto>(`/api/applications/track/${encodeURIComponent(token)}`), token);
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <LoadError title={loaded.error.title} />;
  const application = loaded.data;
  return (
    <article>
      <h1>{t('track.title')}</h1>
      <h2>{application.shortName}</h2>
      <p>{application.fullName}</p>
      <dl className="facts">
        <dt>{t('track.status')}</dt>
        <dd>
          <StatusBadge status={application.status} />
        </dd>
        <dt>{t('track.submittedAt')}</dt>
        <dd>{formatDateTime(application.submittedAt)}</dd>
        {application.reviewedAt && (
          <>
            <dt>{t('track.reviewedAt')}</dt>
            <dd>{formatDateTime(application.reviewedAt)}</dd>
          </>
        )}
        {application.rejectionReason && (
          <>
            <dt>{t('track.reason')}</dt>
            <dd className="prewrap">{application.rejectionReason}</dd>
          </>
        )}
      </dl>
      {application.status === 'approved' && (
        <>
          <p>{t('track.approved.text')}</p>
          {application.organizationSlug && (
            <p>
              <Link to={`/o/${application.organizationSlug}`}>{t('track.publicPage')}</Link>
            </p>
          )}
        </>
      )}
      {application.status === 'rejected' && (
        <p>
          {t('track.rejected.text')} <Link to="/apply">{t('track.applyAgain')}</Link>
        </p>
      )}
    </article>
  );
}
