import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { SetupProgressDto } from '../../api/types';
import { LoadError, Loading } from '../../components/Form';
import { useLoad } from '../../components/hooks';
import { t } from '../../i18n';
import { setupSteps } from './overview';

/** The administrator's launch steps with progress counted by the server from the school as it is. */
export function SetupChecklist({ organizationId, base }: { organizationId: string; base: string }) {
  const progress = useLoad(() => api.get<SetupProgressDto>(`/api/organizations/${organizationId}/setup-progress`), `setup-${organizationId}`);
  if (progress.state === 'loading') return <Loading />;
  if (progress.state === 'error') return <LoadError title={progress.error.title} onRetry={progress.reload} />;
  const steps = setupSteps(progress.data, base);
  const done = steps.filter((s) => s.done).length;
  const next = steps.find((s) => !s.done);
  return (
    <section aria-labelledby="setup-heading" className="setup">
      <h2 id="setup-heading">{t('overview.admin.title')}</h2>
      <p>
        <label>
          {t('overview.admin.progress', { done: String(done), total: String(steps.length) })}
          <progress className="setup-progress" max={steps.length} value={done} />
        </label>
      </p>
      {!next && <p className="empty">{t('overview.admin.allDone')}</p>}
      <ol className="setup-steps">
        {steps.map((step) => (
          <li key={step.id} className={step.done ? 'setup-step setup-step-done' : step === next ? 'setup-step setup-step-next' : 'setup-step'}
            aria-current={step === next ? 'step' : undefined}>
            <h3>
              <span aria-hidden="true">{step.done ? '✓ ' : ''}</span>
              <Link to={step.to}>{t(step.title)}</Link>{' '}
              {step.done && <span className="badge badge-verified">{t('overview.admin.step.done')}</span>}
              {step === next && <span className="badge badge-pending">{t('overview.admin.step.todo')}</span>}
            </h3>
            {step.status.map((s) => (
              <p key={s.key} className="muted">
                {t(s.key, s.values)}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
