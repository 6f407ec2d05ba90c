import { TextField } from './Form';
import { t, type MessageKey } from '../i18n';

interface Props {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  label: MessageKey;
  repeatLabel: MessageKey;
  hint: MessageKey;
  error?: string;
  repeatError?: string;
}

/** A new password typed twice, so a typo on a phone keyboard does not lock the person out. */
export function PasswordPair({ password, repeat, onPassword, onRepeat, label, repeatLabel, hint, error, repeatError }: Props) {
  return (
    <>
      <TextField label={t(label)} hint={t(hint)} type="password" autoComplete="new-password" value={password} onChange={(e) => onPassword(e.target.value)} error={error} required />
      <TextField label={t(repeatLabel)} type="password" autoComplete="new-password" value={repeat} onChange={(e) => onRepeat(e.target.value)} error={repeatError} required />
    </>
  );
}
