import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { JoinLinkInfoDto, SessionDto } from '../api/types';
import { focusFirstInvalid, FormAlert, Loading, TextField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
import { useSession } from '../session';
import { YoungStudentForm } from '../features/people/YoungStudentForm';

/** Joining a school through an invitation link: with the current account, or a new one proven by an SMS code. */
export function JoinPage() {
  useTitle(t('join.title'));
  const { token = '' } = useParams();
  const base = `/api/join/${encodeURIComponent(token)}`;
  const loaded = useLoad(() => api.get<JoinLinkInfoDto>(base), token);
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const [fields, setFields] = useState({ fullName: '', phone: '', code: '', password: '' });
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [codeSent, setCodeSent] = useState(false);
  const [young, setYoung] = useState(false);
  const { error, busy, run } = useAction({ onError: () => focusFirstInvalid(form.current) });
  const form = useRef<HTMLFormElement>(null);

  if (loaded.state === 'loading' || !session) return <Loading />;
  if (loaded.state === 'error')
    return (
      <article className="narrow">
        <h1>{t('join.title')}</h1>
        <div role="alert" className="alert">
          <strong>{loaded.error.title}</strong>
        </div>
        <p>{t('join.gone.what')}</p>
      </article>
    );
  const link = loaded.data;

  const join = (body: object) =>
    run(async () => {
      setSession(await api.post<SessionDto>(base, body));
      navigate(`/org/${link.organizationId}`);
    });
  const sendCode = () =>
    run(async () => {
      await api.post<void>(`${base}/code`, { phone: fields.phone });
      setCodeSent(true);
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(fields.password !== repeat);
    if (fields.password !== repeat) return focusFirstInvalid(form.current);
    return join(fields);
  };
  const change = (name: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));

  return (
    <article className="narrow">
      <h1>{t('join.title')}</h1>
      <p>
        {link.kind === 'classStudents'
          ? t('join.asStudent', { className: link.className ?? '' })
          : link.kind === 'classParents'
            ? t('join.asParent', { className: link.className ?? '' })
            : t('join.asStaff')}
      </p>
      <p className="lead">
        <strong>{link.organizationShortName}</strong>
        <br />
        <span className="muted">{link.organizationFullName}</span>
      </p>
      <FormAlert problem={error} shown={['code', 'fullName', 'password', 'phone']} />
      {link.kind === 'classStudents' && !session.user && (
        <label className="choice">
          <input type="checkbox" checked={young} onChange={(e) => setYoung(e.target.checked)} />
          {t('young.switch')}
        </label>
      )}
      {young ? (
        <YoungStudentForm joinUrl={base} />
      ) : session.user ? (
        <>
          <p>{t('join.signedIn', { name: session.user.fullName })}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void join({})}>
            {t('join.submit')}
          </button>
        </>
      ) : (
        <form ref={form} onSubmit={submit} className="form" noValidate>
          <TextField label={t('join.fullName')} value={fields.fullName} onChange={(e) => change('fullName')(e.target.value)} autoComplete="name" error={error?.field('fullName')} required />
          <TextField label={t('join.phone')} type="tel" inputMode="tel" value={fields.phone} onChange={(e) => change('phone')(e.target.value)} autoComplete="tel"
            hint={t('apply.adminPhone.hint')} error={error?.field('phone')} required />
          <p>
            <button type="button" className={codeSent ? 'button-secondary' : 'button'} onClick={() => void sendCode()} disabled={busy}>
              {codeSent ? t('invite.sendAgain') : t('join.sendCode')}
            </button>{' '}
            <span role="status">{codeSent ? t('join.codeSent') : ''}</span>
          </p>
          {codeSent && (
            <>
              <TextField label={t('join.code')} value={fields.code} onChange={(e) => change('code')(e.target.value)} inputMode="numeric" autoComplete="one-time-code"
                maxLength={6} error={error?.field('code')} required />
              <PasswordPair password={fields.password} repeat={repeat} onPassword={change('password')} onRepeat={setRepeat} label="join.password"
                repeatLabel="setup.passwordRepeat" hint="join.password.hint" error={error?.field('password')} repeatError={mismatch ? t('setup.passwordMismatch') : undefined} />
              <button type="submit" className="button" disabled={busy}>
                {t('join.submit')}
              </button>
            </>
          )}
        </form>
      )}
      <p>
        <Link to="/login">{t('app.signIn')}</Link>
      </p>
    </article>
  );
}
