import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { FormAlert, Loading } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';

type ChatInvitePreviewDto = components['schemas']['ChatInvitePreviewDto'];

/** MSG-2: /chat-invite/:token — what the link leads to, «Вступить в чат», then the chat itself. */
export function ChatInvitePage() {
  useTitle(t('chatInvite.pageTitle'));
  const { session } = useSession();
  if (!session) return <Loading />;
  if (!session.user) return <SignInFirst />;
  return <Preview />;
}

function SignInFirst() {
  const location = useLocation();
  return (
    <article className="narrow">
      <h1>{t('chatInvite.pageTitle')}</h1>
      <p>{t('chatInvite.signIn')}</p>
      <p>
        <Link className="button" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('app.signIn')}
        </Link>
      </p>
    </article>
  );
}

function Preview() {
  const { token = '' } = useParams();
  const base = `/api/chat-invites/${encodeURIComponent(token)}`;
  const loaded = useLoad(() => api.get<ChatInvitePreviewDto>(base), token);
  const navigate = useNavigate();
  const { error, busy, run } = useAction();

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error')
    return (
      <article className="narrow">
        <h1>{t('chatInvite.pageTitle')}</h1>
        <div role="alert" className="alert">
          <strong>{loaded.error.title}</strong>
        </div>
        <p>{t('chatInvite.gone')}</p>
      </article>
    );
  const invite = loaded.data;
  const chatPath = `/org/${invite.organizationId}/chats/${invite.chatId}`;
  const join = () =>
    run(async () => {
      await api.post(`${base}/join`);
      navigate(chatPath);
    });

  return (
    <article className="narrow">
      <h1>{t('chatInvite.pageTitle')}</h1>
      <p className="lead">
        <strong>{invite.chatTitle}</strong>
        <br />
        <span className="muted">{invite.organizationName}</span>
      </p>
      <p>{t('chatInvite.members', { count: String(invite.membersCount) })}</p>
      <FormAlert problem={error} />
      {invite.alreadyMember ? (
        <>
          <p>{t('chatInvite.already')}</p>
          <Link className="button" to={chatPath}>
            {t('chatInvite.openChat')}
          </Link>
        </>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => void join()}>
          {t('chatInvite.join')}
        </button>
      )}
    </article>
  );
}
