import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { YoungStudentRegisteredDto } from '../../api/types';
import { FormAlert, TextField } from '../../components/Form';
import { useAction } from '../../components/hooks';
import { PasswordPair } from '../../components/PasswordPair';
import { t } from '../../i18n';

/** ID-3: a young student without a phone registers with a parent's e-mail and gets a login to remember. */
export function YoungStudentForm({ joinUrl }: { joinUrl: string }) {
  const [fields, setFields] = useState({ fullName: '', parentEmail: '', password: '' });
  const [repeat, setRepeat] = useState('');
  const [login, setLogin] = useState<string>();
  const { error, busy, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fields.password !== repeat) return;
    void run(async () => setLogin((await api.post<YoungStudentRegisteredDto>(`${joinUrl}/young`, fields)).login));
  };
  if (login) return <p role="status" className="empty">{t('young.done', { login })}</p>;
  return (
    <form onSubmit={submit} className="form" noValidate>
      <FormAlert problem={error} shown={['fullName', 'parentEmail', 'password']} />
      <TextField label={t('young.fullName')} value={fields.fullName} onChange={(e) => setFields({ ...fields, fullName: e.target.value })} error={error?.field('fullName')} />
      <TextField label={t('young.parentEmail')} hint={t('young.parentEmail.hint')} type="email" value={fields.parentEmail}
        onChange={(e) => setFields({ ...fields, parentEmail: e.target.value })} error={error?.field('parentEmail')} />
      <PasswordPair password={fields.password} repeat={repeat} onPassword={(v) => setFields({ ...fields, password: v })} onRepeat={setRepeat}
        label="setup.password" repeatLabel="setup.passwordRepeat" hint="setup.password.hint" error={error?.field('password')}
        repeatError={repeat && fields.password !== repeat ? t('setup.passwordMismatch') : undefined} />
      <button type="submit" className="button" disabled={busy}>
        {t('young.submit')}
      </button>
    </form>
  );
}
