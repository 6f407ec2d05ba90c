import { jsx as _jsx } from "react/jsx-runtime";
import { t } from '../i18n';
export function StatusBadge({ status }) {
    return _jsx("span", { className: `badge badge-${status}`, children: t(`status.${status}`) });
}
