import { useState } from 'react';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { t } from '../../i18n';

interface Props {
  organizationId: string;
  membershipId: string;
  fullName: string;
  deactivated: boolean;
  /** Runs the request through the page's action, so its error shows where the page shows errors. */
  run: (action: () => Promise<unknown>) => Promise<void>;
}

/**
 * ID-8: closing a member's access (staff, students and parents alike) is asked for once more in a dialog
 * that says what happens; giving it back is immediate, since it only undoes a mistake.
 */
export function MemberAccessButton({ organizationId, membershipId, fullName, deactivated, run }: Props) {
  const [confirming, setConfirming] = useState(false);
  const url = `/api/organizations/${organizationId}/members/${membershipId}`;
  if (deactivated)
    return (
      <button type="button" className="button-secondary" onClick={() => void run(() => api.post(`${url}/reactivate`))}>
        {t('access.reopen')}
      </button>
    );
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
        {t('access.close')}
      </button>
      {confirming && (
        <Dialog title={t('access.confirm.title', { name: fullName })} onClose={() => setConfirming(false)}>
          <p>{t('access.confirm.text')}</p>
          <div className="actions">
            <button type="button" className="button-danger"
              onClick={() => {
                setConfirming(false);
                void run(() => api.post(`${url}/deactivate`));
              }}>
              {t('access.close')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {t('access.confirm.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
