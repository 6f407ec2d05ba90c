import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type QuietHours = components['schemas']['QuietHoursDto'];

/** MSG-6: the person's own quiet hours (teachers): when notifications are held back, and changing them. */
export function useQuietHours(organizationId: string) {
  const [quiet, setQuiet] = useState<QuietHours | null>(null);
  // Quiet hours: asked on open, again when the quiet period ends and every half hour (the next one starts then).
  const loadQuiet = useCallback(async () => {
    try {
      setQuiet(await api.get<QuietHours>(`/api/organizations/${organizationId}/quiet-hours`));
    } catch {
      // Without it notifications simply are not held back.
    }
  }, [organizationId]);
  useEffect(() => {
    void loadQuiet();
    const timer = setInterval(() => void loadQuiet(), 30 * 60 * 1000);
    return () => clearInterval(timer);
  }, [loadQuiet]);
  useEffect(() => {
    if (!quiet?.quietUntil) return;
    const wait = new Date(quiet.quietUntil).getTime() - Date.now();
    if (wait <= 0 || wait > 24 * 3600 * 1000) return;
    const timer = setTimeout(() => void loadQuiet(), wait + 1000);
    return () => clearTimeout(timer);
  }, [quiet, loadQuiet]);

  const saveQuiet = useCallback(
    async (workdayStart: string | null, workdayEnd: string | null) => {
      setQuiet(await api.request<QuietHours>('PUT', `/api/organizations/${organizationId}/quiet-hours`, { workdayStart, workdayEnd }));
    },
    [organizationId],
  );

  return { quiet, saveQuiet };
}
