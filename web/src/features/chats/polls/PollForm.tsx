import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { FormAlert } from '../../../components/Form';
import { t } from '../../../i18n';
import type { NewPoll } from '../messenger/useMessenger';

/** The composer's «Опрос» form: a question, 2–10 answers, single or multiple choice, anonymous, an optional end. */
export function PollForm({ onCreate, onCancel }: { onCreate: (poll: NewPoll) => Promise<void>; onCancel: () => void }) {
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [multipleChoice, setMultipleChoice] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [closesAt, setClosesAt] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answers = options.map((o) => o.trim()).filter((o) => o.length > 0);
    if (!question.trim()) return setProblem(t('chats.pollNeedQuestion'));
    if (answers.length < 2 || answers.length > 10) return setProblem(t('chats.pollNeedOptions'));
    setBusy(true);
    setProblem(undefined);
    try {
      // datetime-local is the person's local time; the server takes UTC.
      await onCreate({ question: question.trim(), options: answers, multipleChoice, anonymous, closesAt: closesAt ? new Date(closesAt).toISOString() : null });
    } catch (failure) {
      if (failure instanceof ApiError) setProblem(failure.field('options') ?? failure.field('question') ?? failure.field('closesAt') ?? failure.title);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="poll-form" aria-labelledby="poll-form-title" onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3 id="poll-form-title">{t('chats.pollNew')}</h3>
      {problem && <FormAlert title={problem} />}
      <label htmlFor="poll-question">{t('chats.pollQuestion')}</label>
      <input id="poll-question" ref={first} value={question} maxLength={500} onChange={(e) => setQuestion(e.target.value)} />
      {options.map((option, i) => (
        <div className="poll-form-option" key={i}>
          <label htmlFor={`poll-option-${i}`}>{t('chats.pollOption', { n: String(i + 1) })}</label>
          <div className="composer-row">
            <input id={`poll-option-${i}`} value={option} maxLength={200} onChange={(e) => setOptions(options.map((o, j) => (j === i ? e.target.value : o)))} />
            {options.length > 2 && (
              <button type="button" className="button-secondary button-small" aria-label={t('chats.pollRemoveOption', { n: String(i + 1) })} onClick={() => setOptions(options.filter((_, j) => j !== i))}>
                ✕
              </button>
            )}
          </div>
        </div>
      ))}
      {options.length < 10 && (
        <p>
          <button type="button" className="button-secondary button-small" onClick={() => setOptions([...options, ''])}>
            {t('chats.pollAddOption')}
          </button>
        </p>
      )}
      <label className="choice">
        <input type="checkbox" checked={multipleChoice} onChange={(e) => setMultipleChoice(e.target.checked)} /> {t('chats.pollMultiple')}
      </label>
      <label className="choice">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('chats.pollAnonymous')}
      </label>
      <label htmlFor="poll-closes">{t('chats.pollClosesAt')}</label>
      <input id="poll-closes" type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />
      <div className="composer-row">
        <button type="submit" disabled={busy}>
          {t('chats.pollCreate')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('chats.cancel')}
        </button>
      </div>
    </form>
  );
}
