import { Link } from 'react-router-dom';
import type { components } from '../../api/schema';
import type { ApiError } from '../../api/client';
import { FormAlert } from '../../components/Form';
import { formatDay, stageStatus, type StageStatus } from './deadlines';
import { rt, templateTitle } from './strings';

type Stage = components['schemas']['RolloutStageDto'];
type Template = components['schemas']['RolloutTemplateDto'];

interface StageCardProps {
  stage: Stage;
  today: string;
  chatsPath: string;
  busy: boolean;
  error?: ApiError;
  onCreate: () => void;
}

/** One stage of the plan: its deadline and status, progress, and the template chats with the button that opens them. */
export function StageCard({ stage, today, chatsPath, busy, error, onCreate }: StageCardProps) {
  const status = stageStatus(stage, today);
  const headingId = `stage-${stage.number}`;
  const missing = Number(stage.chatsProposed) - Number(stage.chatsCreated);
  return (
    <li className={`card rollout-stage rollout-${status.kind}`}>
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{rt('rollout.stage', { number: stage.number, title: stage.title })}</h3>
        <p className="rollout-due">
          <span>{rt('rollout.due', { from: formatDay(stage.dueFrom), by: formatDay(stage.dueBy) })}</span>{' '}
          {status.kind !== 'empty' && <span className={`badge rollout-badge-${status.kind}`}>{statusText(status)}</span>}
        </p>
        <p>
          <label>
            {rt('rollout.progress', { created: stage.chatsCreated, proposed: stage.chatsProposed })}{' '}
            <progress max={Math.max(1, Number(stage.chatsProposed))} value={Number(stage.chatsCreated)} />
          </label>
          <br />
          <span className="muted">
            {rt('rollout.members', { count: stage.membersJoined })} · {rt('rollout.messages', { count: stage.chatsWithMessages })}
          </span>
        </p>
        <ul className="rollout-templates">
          {stage.templates.map((template) => (
            <TemplateItem key={template.key} template={template} chatsPath={chatsPath} />
          ))}
        </ul>
        {Number(stage.chatsProposed) === 0 && <p className="empty">{rt('rollout.nothing')}</p>}
        <FormAlert problem={error} />
        {missing > 0 && (
          <button type="button" className="button" onClick={onCreate} disabled={busy} aria-busy={busy}>
            {busy ? rt('rollout.creating') : rt('rollout.create', { number: stage.number })}
          </button>
        )}
      </section>
    </li>
  );
}

function statusText(status: StageStatus): string {
  if (status.kind === 'done') return rt('rollout.status.done');
  if (status.kind === 'overdue') return rt('rollout.status.overdue');
  if (status.kind === 'due') return status.daysLeft === 0 ? rt('rollout.status.today') : rt('rollout.status.due', { days: status.daysLeft });
  return '';
}

function TemplateItem({ template, chatsPath }: { template: Template; chatsPath: string }) {
  return (
    <li>
      <h4>{templateTitle(template.key)}</h4>
      {template.hint && <p className="hint">{template.hint}</p>}
      {template.chats.length > 0 && (
        <ul className="rollout-chats">
          {template.chats.map((chat) => (
            <li key={chat.title}>
              {chat.chatId ? (
                <>
                  <Link to={`${chatsPath}/${chat.chatId}`}>{chat.title}</Link>{' '}
                  <span className="muted">
                    · {rt('rollout.chat.members', { count: chat.members })}
                    {chat.hasMessages && ` · ${rt('rollout.chat.messages')}`}
                  </span>
                </>
              ) : (
                <>
                  {chat.title} <span className="muted">· {rt('rollout.chat.missing')}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{rt('rollout.content')}</summary>
        <p className="prewrap">{template.content}</p>
      </details>
    </li>
  );
}
