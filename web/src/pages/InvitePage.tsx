import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { InvitationDto, SessionDto } from '../api/types';
import { focusFirstInvalid, FormAlert, Loading, TextField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
import { homeOf, useSession } from '../session';

/**
 * The invited person claims the invitation: a code by SMS proves the phone (or, invited without a phone,
 * a code by e-mail proves the address), then a password.
 */
export function InvitePage() {
  useTitle(t('invite.title'));
  const { token = '' } = useParams();
  const base = `/api/invitations/${encodeURIComponent(token)}`;
  const loaded = useLoad(() => api.get<InvitationDto>(base), token);
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [codeSent, setCodeSent] = useState(false);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { error, busy, run } = useAction({ onError: () => focusFirstInvalid(form.current) });
  const form = useRef<HTMLFormElement>(null);

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') {
    return (
      <article className="narrow">
        <h1>{t('invite.gone.title')}</h1>
        <div role="alert" className="alert">
          <strong>{loaded.error.title}</strong>
        </div>
        <p>{t('invite.gone.what')}</p>
        <p>
          <Link to="/login">{t('app.signIn')}</Link>
        </p>
      </article>
    );
  }
  const invitation = loaded.data;
  // The server sets exactly one of the two: where the code goes.
  const byEmail = invitation.maskedPhone == null;
  const address = invitation.maskedPhone ?? invitation.maskedEmail ?? '';

  const sendCode = () =>
    run(async () => {
      await api.post<void>(`${base}/code`);
      setCodeSent(true);
    });

  const accept = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat) return focusFirstInvalid(form.current);
    return run(async () => {
      const session = await api.post<SessionDto>(`${base}/accept`, { code, password });
      setSession(session);
      navigate(homeOf(session));
    });
  };

  return (
    <article className="narrow">
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.greeting')}</p>
      <p className="lead">
        <strong>{invitation.organizationShortName}</strong>
        <br />
        {invitation.fullName}
      </p>
      <FormAlert problem={error} shown={['code', 'password']} />
      <p role="status">
        {codeSent ? t('invite.codeSent', { address })
          : byEmail ? t('invite.step1Email', { email: address }) : t('invite.step1', { phone: address })}
      </p>
      <p>
        <button type="button" className={codeSent ? 'button-secondary' : 'button'} onClick={sendCode} disabled={busy}>
          {codeSent ? t('invite.sendAgain') : byEmail ? t('invite.sendCodeEmail') : t('invite.sendCode')}
        </button>
      </p>
      {codeSent && (
        <form ref={form} onSubmit={accept} className="form" noValidate>
          <TextField label={byEmail ? t('invite.codeEmail') : t('invite.code')} value={code} onChange={(e) => setCode(e.target.value)} inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={error?.field('code')} required />
          <PasswordPair
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            label="invite.password"
            repeatLabel="invite.passwordRepeat"
            hint={byEmail ? 'invite.password.hintEmail' : 'invite.password.hint'}
            error={error?.field('password')}
            repeatError={mismatch ? t('setup.passwordMismatch') : undefined}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('invite.submit')}
          </button>
        </form>
      )}
    </article>
  );
}
