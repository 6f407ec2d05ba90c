import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, request } from '../../../api/client';
import type { components } from '../../../api/schema';
import { FormAlert, LoadError, Loading, SelectField } from '../../../components/Form';
import { useAction, useLoad } from '../../../components/hooks';
import { realtime } from '../../../realtime/connection';
import { useHubEvents } from '../../../realtime/hubEvents';
import { t, type MessageKey } from '../../../i18n';
import { dayTime } from '../messages/when';

type MessageReportDto = components['schemas']['MessageReportDto'];
type WritingRestrictionDto = components['schemas']['WritingRestrictionDto'];
type ReportStatus = components['schemas']['ReportStatus'];

/** How long «Ограничить автора» lasts; null is «пока не сниму». */
const RESTRICTIONS: { key: MessageKey; hours: number | null }[] = [
  { key: 'moderation.restrict.hour', hours: 1 },
  { key: 'moderation.restrict.day', hours: 24 },
  { key: 'moderation.restrict.week', hours: 24 * 7 },
  { key: 'moderation.restrict.untilLifted', hours: null },
];

const EMPTY: Record<ReportStatus, MessageKey> = {
  open: 'moderation.emptyOpen',
  resolved: 'moderation.emptyResolved',
  dismissed: 'moderation.emptyDismissed',
};

/** MSG-7: the reports of one status about messages in the chats the person moderates; new ones arrive live. */
export function Reports({ organizationId, status }: { organizationId: string; status: ReportStatus }) {
  const url = `/api/organizations/${organizationId}/moderation/reports?status=${status}`;
  const reports = useLoad(() => api.get<MessageReportDto[]>(url), url);
  const [done, setDone] = useState('');
  const reload = reports.reload;

  // A new report for this moderator arrives live.
  useHubEvents({ MessageReported: reload });
  useEffect(() => realtime().acquire(), []);

  if (reports.state === 'loading') return <Loading />;
  if (reports.state === 'error') return <LoadError title={reports.error.title} onRetry={reload} />;
  return (
    <>
      <p className="notice" role="status">
        {done}
      </p>
      {reports.data.length === 0 ? (
        <p className="empty">{t(EMPTY[status])}</p>
      ) : (
        <ul className="cards">
          {reports.data.map((report) => (
            <ReportCard
              key={report.id}
              organizationId={organizationId}
              report={report}
              onDone={(text) => {
                setDone(text);
                reload();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function ReportCard({ organizationId, report, onDone }: { organizationId: string; report: MessageReportDto; onDone: (text: string) => void }) {
  const [restriction, setRestriction] = useState('0');
  const { error, busy, run } = useAction();
  const chat = `/api/organizations/${organizationId}/chats/${report.chatId}`;
  const seq = Number(report.seq);
  const open = report.status === 'open';

  const remove = () => {
    if (!window.confirm(t('moderation.deleteConfirm'))) return;
    void run(async () => {
      await request('DELETE', `${chat}/messages/${seq}`);
      onDone(t('moderation.done.deleted'));
    });
  };
  const restrict = () => {
    const hours = RESTRICTIONS[Number(restriction)].hours;
    const until = hours === null ? null : new Date(Date.now() + hours * 3600 * 1000).toISOString();
    void run(async () => {
      const set = await request<WritingRestrictionDto>('PUT', `${chat}/members/${report.authorId}/restriction`, { until });
      const end = set.until ? t('moderation.done.restrictedUntil', { time: dayTime.format(new Date(set.until)) }) : t('moderation.done.restrictedUntilLifted');
      onDone(t('moderation.done.restricted', { name: report.authorName, chat: report.chatTitle, until: end }));
    });
  };
  const dismiss = () =>
    void run(async () => {
      await api.post(`/api/organizations/${organizationId}/moderation/reports/${report.id}/dismiss`, {});
      onDone(t('moderation.done.dismissed'));
    });

  const headingId = `report-${report.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('moderation.report', { author: report.authorName, chat: report.chatTitle })}</h3>
      <p className="report-text">{report.messageText}</p>
      {report.messageDeleted && <p className="muted">{t('moderation.messageDeleted')}</p>}
      <dl className="report-facts">
        <dt>{t('moderation.reason')}</dt>
        <dd>{t(`report.reason.${report.reason}`)}</dd>
        {report.comment && (
          <>
            <dt>{t('moderation.comment')}</dt>
            <dd>{report.comment}</dd>
          </>
        )}
        {report.reporterName && (
          <>
            <dt>{t('moderation.reporter')}</dt>
            <dd>{report.reporterName}</dd>
          </>
        )}
        <dt>{t('moderation.when')}</dt>
        <dd>
          <time dateTime={report.createdAt}>{dayTime.format(new Date(report.createdAt))}</time>
        </dd>
      </dl>
      {report.handledByName && report.handledAt && <p className="muted">{t('moderation.handled', { name: report.handledByName, time: dayTime.format(new Date(report.handledAt)) })}</p>}
      <FormAlert problem={error} />
      <div className="report-actions">
        {report.inChat && (
          <Link className="button-secondary button-small" to={`/org/${organizationId}/chats/${report.chatId}?message=${seq}`}>
            {t('moderation.openInChat')}
          </Link>
        )}
        {open && report.canAct && !report.messageDeleted && (
          <button type="button" className="button-danger button-small" disabled={busy} onClick={remove}>
            {t('moderation.delete')}
          </button>
        )}
        {open && report.canAct && (
          <>
            <SelectField label={t('moderation.restrictFor')} value={restriction} onChange={(e) => setRestriction(e.target.value)}>
              {RESTRICTIONS.map((r, i) => (
                <option key={r.key} value={i}>
                  {t(r.key)}
                </option>
              ))}
            </SelectField>
            <button type="button" className="button-secondary button-small" disabled={busy} onClick={restrict}>
              {t('moderation.restrict')}
            </button>
          </>
        )}
        {open && (
          <button type="button" className="button-secondary button-small" disabled={busy} onClick={dismiss}>
            {t('moderation.dismiss')}
          </button>
        )}
      </div>
    </li>
  );
}
