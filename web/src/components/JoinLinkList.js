import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { formatDateTime } from './format';
import { t } from '../i18n';
export function JoinLinkList({ links, revokeUrl, printUrl, onChanged }) {
    const [copied, setCopied] = useState();
    const urlOf = (link) => `${window.location.origin}/join/${link.token}`;
    return (_jsx("ul", { className: "cards", children: links.map((link) => (_jsxs("li", { className: "card", children: [_jsxs("p", { children: [_jsx("strong", { children: t(`links.kind.${link.kind}`, { className: link.className ?? '' }) }), ' ', _jsx("span", { className: `badge badge-link-${link.state}`, children: t(`links.state.${link.state}`) }), ' ', _jsxs("span", { className: "muted", children: [link.maxUses
                                    ? t('links.usesOf', { uses: String(link.uses), max: String(link.maxUses) })
                                    : t('links.uses', { uses: String(link.uses) }), ' ', "\u00B7 ", t('links.until', { date: formatDateTime(link.expiresAt) })] })] }), _jsx("p", { className: "tracking-link", children: urlOf(link) }), link.state === 'active' && (_jsxs("p", { className: "actions", children: [_jsx("button", { type: "button", className: "button-secondary", onClick: () => navigator.clipboard?.writeText(urlOf(link)).then(() => setCopied(link.id)), children: t('links.copy') }), _jsx("button", { type: "button", className: "button-secondary", onClick: () => void api.post(revokeUrl(link)).then(onChanged), children: t('links.revoke') }), _jsx(Link, { className: "button-secondary", to: printUrl(link), children: t('links.print') }), _jsx("span", { role: "status", children: copied === link.id ? t('links.copied') : '' })] }))] }, link.id))) }));
}
