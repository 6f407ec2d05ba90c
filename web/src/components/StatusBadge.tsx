import type { ApplicationStatus } from '../api/types';
import { t } from '../i18n';

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
