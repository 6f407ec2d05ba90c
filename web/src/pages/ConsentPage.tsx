import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { PendingChildDto } from '../api/types';
import { FormAlert, LoadError, Loading } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';

/** ID-3/ID-8: a parent confirms a young child's registration from the e-mailed link, consenting to processing. */
export function ConsentPage() {
  useTitle(t('consent.title'));
  const { token = '' } = useParams();
  const url = `/api/consent/${encodeURIComponent(token)}`;
  const pending = useLoad(() => api.get<PendingChildDto>(url), token);
  const [consent, setConsent] = useState(false);
  const [done, setDone] = useState(false);
  const { error, busy, run } = useAction({ onDone: () => setDone(true) });
  if (done) return <article className="narrow"><p role="status">{t('consent.done')}</p></article>;
  if (pending.state === 'loading') return <Loading />;
  if (pending.state === 'error') return <LoadError title={pending.error.title} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.post(url, { consent }));
  };
  return (
    <article className="narrow">
      <h1>{t('consent.title')}</h1>
      <p>{t('consent.who', { child: pending.data.childName, className: pending.data.className, school: pending.data.organizationShortName })}</p>
      <FormAlert problem={error} shown={['consent']} />
      <form onSubmit={submit} className="form" noValidate>
        <label className="choice">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          {t('consent.check')}
        </label>
        {error?.field('consent') && <p className="field-error">{error.field('consent')}</p>}
        <button type="submit" className="button" disabled={busy}>
          {t('consent.submit')}
        </button>
      </form>
    </article>
  );
}
