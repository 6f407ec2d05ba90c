import { t } from '../../../i18n';
import type { LengthState } from './messageLength';

/** Near the limit, how many characters are left (or too many); read by screen readers with the composer (aria-describedby). */
export function MessageLengthCounter({ id, state }: { id: string; state: LengthState }) {
  if (!state.showCounter) return null;
  return (
    <p id={id} className={state.left < 0 ? 'composer-counter field-error' : 'composer-counter hint'}>
      {state.left < 0 ? t('chats.lengthOver', { over: String(-state.left) }) : t('chats.lengthLeft', { left: String(state.left) })}
    </p>
  );
}
