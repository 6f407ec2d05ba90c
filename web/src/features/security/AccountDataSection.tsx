import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { AccountDeletionDto } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { TextField } from '../../components/Form';
import { useAction, useLoad } from '../../components/hooks';
import { t } from '../../i18n';

/** ID-8 for the person: download everything kept about them; ask for deletion with a grace period, or cancel it. */
export function AccountDataSection() {
  const deletion = useLoad(() => api.get<AccountDeletionDto>('/api/account/deletion'), 'deletion');
  const [password, setPassword] = useState('');
  const { error, run } = useAction({ onDone: () => { setPassword(''); deletion.reload(); } });

  const request = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.post('/api/account/deletion', { password }));
  };

  return (
    <>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('account.data')}</h2>
        <p>{t('account.data.text')}</p>
        <p>
          <a className="button-secondary" href="/api/account/export" download>
            {t('account.data.download')}
          </a>
        </p>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('account.delete')}</h2>
        {deletion.state === 'ready' && deletion.data.deleteAfter ? (
          <>
            <p role="status">{t('account.delete.pending', { date: formatDateTime(deletion.data.deleteAfter) })}</p>
            <button type="button" className="button" onClick={() => void run(() => api.request('DELETE', '/api/account/deletion'))}>
              {t('account.delete.cancel')}
            </button>
          </>
        ) : (
          <form onSubmit={request} className="form" noValidate>
            <p>{t('account.delete.text')}</p>
            <TextField label={t('account.delete.password')} type="password" autoComplete="current-password" value={password}
              onChange={(e) => setPassword(e.target.value)} error={error?.field('password')} />
            <button type="submit" className="button button-danger">
              {t('account.delete.submit')}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
