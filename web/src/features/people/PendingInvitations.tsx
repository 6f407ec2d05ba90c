import { useState } from 'react';
import { api } from '../../api/client';
import type { PendingInvitationDto } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { FormAlert, LoadError, Loading } from '../../components/Form';
import { useAction, useLoad } from '../../components/hooks';
import { t } from '../../i18n';

/** ORG-5 follow-up: people invited personally who have not come in yet — send the link again or withdraw it. */
export function PendingInvitations({ organizationId }: { organizationId: string }) {
  const base = `/api/organizations/${organizationId}/invitations`;
  const invitations = useLoad(() => api.get<PendingInvitationDto[]>(base), base);
  const [resent, setResent] = useState<string>();
  const { error, run } = useAction({ onDone: invitations.reload });
  if (invitations.state === 'loading') return <Loading />;
  if (invitations.state === 'error') return <LoadError title={invitations.error.title} onRetry={invitations.reload} />;
  if (invitations.data.length === 0) return null;
  const resend = (invitation: PendingInvitationDto) =>
    run(async () => {
      setResent(undefined);
      await api.post(`${base}/${invitation.id}/resend`);
      setResent(t('invitations.resent', { name: invitation.fullName }));
    });
  const revoke = (invitation: PendingInvitationDto) => {
    if (window.confirm(t('invitations.revokeConfirm', { name: invitation.fullName }))) void run(() => api.request('DELETE', `${base}/${invitation.id}`));
  };
  return (
    <section aria-labelledby="invitations-heading">
      <h3 id="invitations-heading">
        {t('invitations.title')} ({invitations.data.length})
      </h3>
      <p className="hint">{t('invitations.intro')}</p>
      <FormAlert title={error?.title} />
      <p role="status" className={resent ? 'empty' : 'sr-only'}>
        {resent}
      </p>
      <ul className="cards">
        {invitations.data.map((invitation) => (
          <li key={invitation.id} className="card">
            <strong>{invitation.fullName}</strong>{' '}
            <span className="muted">
              {t(`org.role.${invitation.role}`)}
              {invitation.className && `, ${t('invitations.class', { className: invitation.className })}`}
            </span>
            <p className="muted">{[invitation.phone, invitation.email].filter(Boolean).join(' · ')}</p>
            <p>
              {invitation.expired ? (
                <span className="badge badge-rejected">{t('invitations.expired')}</span>
              ) : (
                <span className="muted">{t('invitations.expires', { date: formatDateTime(invitation.expiresAt) })}</span>
              )}
            </p>
            <div className="actions">
              <button type="button" className="button-secondary" onClick={() => void resend(invitation)}>
                {t('invitations.resend')}
              </button>
              <button type="button" className="button-secondary" onClick={() => revoke(invitation)}>
                {t('invitations.revoke')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
