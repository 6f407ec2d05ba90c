import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import type { ApplicationSummaryDto, RegionDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { LoadError, Loading, SelectField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { StatusBadge } from '../components/StatusBadge';
import { t } from '../i18n';

const statuses = ['pending', 'approved', 'rejected'] as const;

/** ORG-2: the review queue, newest first; filters live in the address so a view can be bookmarked. */
export function OperatorQueuePage() {
  useTitle(t('operator.queue.title'));
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const region = params.get('region') ?? '';
  const query = new URLSearchParams({ ...(status && { status }), ...(region && { region }) }).toString();
  const applications = useLoad(() => api.get<ApplicationSummaryDto[]>(`/api/operator/applications?${query}`), query);
  const regions = useLoad(() => api.get<RegionDto[]>('/api/reference/regions'), 'regions');

  const setFilter = (name: string) => (event: { target: { value: string } }) => {
    const next = new URLSearchParams(params);
    if (event.target.value) next.set(name, event.target.value);
    else next.delete(name);
    setParams(next);
  };

  return (
    <article className="wide">
      <h1>{t('operator.queue.title')}</h1>
      <div className="filters">
        <SelectField label={t('operator.filter.status')} value={status} onChange={setFilter('status')}>
          <option value="">{t('operator.filter.all')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`operator.filter.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('operator.filter.region')} value={region} onChange={setFilter('region')}>
          <option value="">{t('operator.filter.allRegions')}</option>
          {regions.state === 'ready' &&
            regions.data.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
        </SelectField>
      </div>
      {applications.state === 'loading' && <Loading />}
      {applications.state === 'error' && <LoadError title={applications.error.title} onRetry={applications.reload} />}
      {applications.state === 'ready' &&
        (applications.data.length === 0 ? (
          <p className="empty">{query ? t('operator.queue.emptyFiltered') : t('operator.queue.empty')}</p>
        ) : (
          <ul className="cards">
            {applications.data.map((application) => (
              <li key={application.id} className="card">
                <h2>
                  <Link to={`/operator/applications/${application.id}`}>{application.shortName}</Link>
                </h2>
                <p className="muted">
                  {application.regionName}, {application.settlement}
                </p>
                <p>
                  <StatusBadge status={application.status} /> <span className="muted">{formatDateTime(application.submittedAt)}</span>
                </p>
              </li>
            ))}
          </ul>
        ))}
    </article>
  );
}
