import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { formatDateTime } from '../components/format';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
/** A printable sheet for a meeting: the school, whom the link invites, a large QR code and the address. */
export function PrintLinkPage() {
    useTitle(t('print.title'));
    const { linkId = '' } = useParams();
    const { organization } = useOrganization();
    const navigate = useNavigate();
    const base = `/api/organizations/${organization.id}/join-links`;
    const links = useLoad(() => api.get(base), base);
    if (links.state === 'loading')
        return _jsx(Loading, {});
    if (links.state === 'error')
        return _jsx(LoadError, { title: links.error.title });
    const link = links.data.find((l) => l.id === linkId);
    if (!link)
        return _jsx(LoadError, { title: t('print.notFound') });
    const url = `${window.location.origin}/join/${link.token}`;
    return (_jsxs("article", { className: "print-sheet", children: [_jsxs("p", { className: "no-print actions", children: [_jsx("button", { type: "button", className: "button-secondary", onClick: () => navigate(-1), children: t('print.back') }), _jsx("button", { type: "button", className: "button", onClick: () => window.print(), children: t('print.button') })] }), _jsx("h2", { children: organization.fullName }), _jsx("p", { className: "lead", children: _jsx("strong", { children: t(`links.kind.${link.kind}`, { className: link.className ?? '' }) }) }), _jsx("img", { className: "qr", src: `${base}/${link.id}/qr.svg`, alt: t('print.qrAlt') }), _jsx("p", { children: t('print.scan') }), _jsx("p", { className: "tracking-link", children: url }), _jsx("p", { className: "muted", children: t('print.until', { date: formatDateTime(link.expiresAt) }) })] }));
}
