import { useEffect, useRef, type KeyboardEvent } from 'react';
import { t } from '../../../i18n';
import { REACTIONS } from './reactions';

/** Ten reactions in a row: arrows move between them, Enter picks, Escape closes (focus returns to the message). */
export function ReactionPicker({ mine, onPick, onClose }: { mine?: string; onPick: (emoji: string) => void; onClose: () => void }) {
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    group.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(group.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    }
  }
  return (
    <div className="reaction-picker" role="group" aria-label={t('chats.reactionPicker')} ref={group} onKeyDown={onKeyDown}>
      {REACTIONS.map((emoji) => (
        <button key={emoji} type="button" className={emoji === mine ? 'reaction reaction-mine' : 'reaction'} aria-pressed={emoji === mine} onClick={() => onPick(emoji)}>
          {emoji}
        </button>
      ))}
    </div>
  );
}
