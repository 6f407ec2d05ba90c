import { useState } from 'react';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { t } from '../../../i18n';
import { nextVote, pollIsOpen, pollView } from './polls';
import type { ChatMessage } from '../messenger/messages';
import { when } from '../messages/when';

type OptionVotersDto = components['schemas']['OptionVotersDto'];
type PollDto = NonNullable<ChatMessage['poll']>;

/** A poll message: answers as buttons with live bars; the own choice marked; closing and the voters list. */
export function Poll({ chatBase, question, poll, myVote, mayClose, onVote, onClose }: {
  chatBase: string;
  question: string;
  poll: PollDto;
  myVote: number[];
  mayClose: boolean;
  onVote: (options: number[]) => Promise<void>;
  onClose: () => Promise<void>;
}) {
  const open = pollIsOpen(poll, new Date());
  const options = pollView(poll, myVote);
  const [voters, setVoters] = useState<OptionVotersDto[] | null>(null);
  const [votersOpen, setVotersOpen] = useState(false);
  const [votersRefusal, setVotersRefusal] = useState('');
  const [busy, setBusy] = useState(false);

  async function press(index: number) {
    if (busy) return;
    setBusy(true);
    try {
      await onVote(nextVote(myVote, index, poll.multipleChoice));
      if (votersOpen) setVoters(await api.get<OptionVotersDto[]>(`${chatBase}/polls/${poll.id}/voters`).catch(() => voters));
    } finally {
      setBusy(false);
    }
  }

  async function toggleVoters() {
    if (!votersOpen) {
      try {
        setVoters(await api.get<OptionVotersDto[]>(`${chatBase}/polls/${poll.id}/voters`));
      } catch (error) {
        // In a large chat the names are for its admins (ID-7): say so instead of doing nothing.
        setVotersRefusal(error instanceof ApiError ? error.title : '');
        return;
      }
    }
    setVotersOpen((v) => !v);
  }

  const kind = `${t(poll.multipleChoice ? 'chats.pollKindMultiple' : 'chats.pollKindSingle')}${poll.anonymous ? ` · ${t('chats.pollKindAnonymous')}` : ''}`;
  return (
    <div className="poll" role="group" aria-label={`${t('chats.poll')}: ${question}`}>
      <p className="poll-question prewrap">
        <strong>{question}</strong>
      </p>
      <p className="muted poll-kind">{kind}</p>
      <ul className="poll-options">
        {options.map((o) => {
          const label = (
            <>
              <span className="poll-option-text">
                {o.chosen && <span aria-hidden="true">✓ </span>}
                {o.text}
                {o.chosen && <span className="sr-only"> — {t('chats.pollChosen')}</span>}
              </span>
              <span className="poll-option-count">{t('chats.pollVotes', { votes: String(o.votes), share: String(o.share) })}</span>
              <span className="poll-bar" aria-hidden="true">
                <span style={{ width: `${o.share}%` }} />
              </span>
            </>
          );
          return (
            <li key={o.index} className={o.chosen ? 'poll-option poll-option-chosen' : 'poll-option'}>
              {open ? (
                <button type="button" className="poll-option-button" aria-pressed={o.chosen} disabled={busy} onClick={() => void press(o.index)}>
                  {label}
                </button>
              ) : (
                <div className="poll-option-button">{label}</div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="poll-foot">
        <span className="muted" aria-live="polite">
          {t('chats.pollVoters', { count: String(Number(poll.voters)) })}
        </span>
        {!open && <strong>{t('chats.pollClosed')}</strong>}
        {open && poll.closesAt && <span className="muted">{t('chats.pollClosesAtInfo', { time: when(poll.closesAt) })}</span>}
        {open && myVote.length > 0 && (
          <button type="button" className="link-button" disabled={busy} onClick={() => void onVote([])}>
            {t('chats.pollWithdraw')}
          </button>
        )}
        {!poll.anonymous && open && (
          <button type="button" className="link-button" aria-expanded={votersOpen} onClick={() => void toggleVoters()}>
            {t('chats.pollWho')}
          </button>
        )}
        {open && mayClose && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (window.confirm(t('chats.pollFinishConfirm'))) void onClose();
            }}
          >
            {t('chats.pollFinish')}
          </button>
        )}
      </p>
      {votersRefusal && (
        <p className="hint" role="status">
          {votersRefusal}
        </p>
      )}
      {votersOpen && voters && (
        <div className="readers">
          {options.map((o) => {
            const names = voters.find((v) => Number(v.index) === o.index)?.names ?? [];
            return (
              <p key={o.index}>
                <strong>{o.text}:</strong> {names.length > 0 ? names.join(', ') : t('chats.pollNobody')}
              </p>
            );
          })}
        </div>
      )}
    </div>
  );
}
