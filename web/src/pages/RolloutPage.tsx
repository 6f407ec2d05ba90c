import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { LoadError, Loading } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { StageCard } from '../features/rollout/StageCard';
import { formatDay } from '../features/rollout/deadlines';
import { rt } from '../features/rollout/strings';
import '../features/rollout/rollout.css';
import { useOrganization } from './OrganizationLayout';

type Plan = components['schemas']['RolloutPlanDto'];

/** RUN-1 «План внедрения»: the four stages of seeds/003 with deadlines, proposed chats and progress, for the school's administrators. */
export function RolloutPage() {
  useTitle(rt('rollout.title'));
  const { organization } = useOrganization();
  const base = `/api/organizations/${organization.id}/rollout`;
  const loaded = useLoad(() => api.get<Plan>(base), base);
  const [plan, setPlan] = useState<Plan>();
  const [working, setWorking] = useState<number>();
  const [notice, setNotice] = useState('');
  const action = useAction();

  if (loaded.state === 'error') return <LoadError title={loaded.error.title} onRetry={loaded.reload} />;
  if (loaded.state === 'loading') return <Loading />;
  const shown = plan ?? loaded.data;
  const orgPath = `/org/${organization.id}`;

  const create = (number: number) => {
    setWorking(number);
    setNotice('');
    void action.run(async () => {
      setPlan(await api.post<Plan>(`${base}/stages/${number}/chats`));
      setNotice(rt('rollout.created', { number }));
    });
  };

  return (
    <article>
      <h2>{rt('rollout.title')}</h2>
      <p>{rt('rollout.intro')}</p>
      {shown.structureBuiltOn === null ? (
        <div className="empty-state">
          <h3>{rt('rollout.empty.title')}</h3>
          <p>{rt('rollout.empty.text')}</p>
          <ul>
            <li>
              <Link to={`${orgPath}/structure`}>{rt('rollout.empty.structure')}</Link>
            </li>
            <li>
              <Link to={`${orgPath}/profile`}>{rt('rollout.empty.profile')}</Link>
            </li>
          </ul>
        </div>
      ) : (
        <>
          <p className="muted">{rt('rollout.since', { date: formatDay(shown.structureBuiltOn), zone: shown.timeZone })}</p>
          <p role="status" className="rollout-notice">
            {notice}
          </p>
          <ol className="cards rollout-stages">
            {shown.stages.map((stage) => (
              <StageCard
                key={stage.number}
                stage={stage}
                today={shown.today}
                chatsPath={`${orgPath}/chats`}
                busy={action.busy && working === Number(stage.number)}
                error={working === Number(stage.number) ? action.error : undefined}
                onCreate={() => create(Number(stage.number))}
              />
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
