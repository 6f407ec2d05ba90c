import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { t } from '../../i18n';
import { quietWhen } from '../chats/messages/when';

type QuietMemberDto = components['schemas']['QuietMemberDto'];

/** MSG-6: teachers of this chat who are outside their working hours, and when they will be notified. */
export function QuietMembers({ organizationId, chatId }: { organizationId: string; chatId: string }) {
  const [quietMembers, setQuietMembers] = useState<QuietMemberDto[]>([]);
  useEffect(() => {
    let alive = true;
    async function load() {
      try {
        const list = await api.get<QuietMemberDto[]>(`/api/organizations/${organizationId}/chats/${chatId}/quiet-members`);
        if (alive) setQuietMembers(list);
      } catch {
        // A courtesy line; it is simply not shown.
      }
    }
    void load();
    const timer = setInterval(() => void load(), 60 * 1000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [organizationId, chatId]);

  if (quietMembers.length === 0) return null;
  return (
    <ul className="quiet-members">
      {quietMembers.map((q) => (
        <li key={q.accountId}>{t('chats.quietMember', { name: q.name, time: quietWhen(q.notifiedAt) })}</li>
      ))}
    </ul>
  );
}
