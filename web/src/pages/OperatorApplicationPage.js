import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { formatDateTime, formatSize } from '../components/format';
import { FormAlert, LoadError, Loading, TextArea } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { StatusBadge } from '../components/StatusBadge';
import { t } from '../i18n';
/** One application: every detail, the document in the page, and the decision. */
export function OperatorApplicationPage() {
    const { id = '' } = useParams();
    const loaded = useLoad(() => api.get(`/api/operator/applications/${id}`), id);
    const [reason, setReason] = useState('');
    const [error, setError] = useState();
    const [busy, setBusy] = useState(false);
    useTitle(loaded.state === 'ready' ? loaded.data.shortName : t('operator.queue.title'));
    if (loaded.state === 'loading')
        return _jsx(Loading, {});
    if (loaded.state === 'error')
        return _jsx(LoadError, { title: loaded.error.title });
    const application = loaded.data;
    const documentUrl = `/api/operator/applications/${application.id}/document`;
    async function decide(action, event) {
        event?.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
            await api.post(`/api/operator/applications/${application.id}/${action}`, action === 'reject' ? { reason } : undefined);
            loaded.reload();
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setError(failure);
        }
        finally {
            setBusy(false);
        }
    }
    return (_jsxs("article", { className: "wide", children: [_jsx("p", { children: _jsx(Link, { to: "/operator", children: t('operator.detail.back') }) }), _jsx("h1", { children: application.shortName }), _jsxs("p", { children: [_jsx(StatusBadge, { status: application.status }), " ", _jsx("span", { className: "muted", children: formatDateTime(application.submittedAt) })] }), _jsx(FormAlert, { title: error?.title, detail: error?.detail }), _jsxs("div", { className: "two-columns", children: [_jsxs("dl", { className: "facts", children: [_jsx("dt", { children: t('operator.detail.kind') }), _jsx("dd", { children: t(`kind.${application.kind}`) }), _jsx("dt", { children: t('operator.detail.fullName') }), _jsx("dd", { children: application.fullName }), _jsx("dt", { children: t('operator.detail.location') }), _jsxs("dd", { children: [application.regionName, ", ", application.municipality, ", ", application.settlement] }), _jsx("dt", { children: t('operator.detail.admin') }), _jsx("dd", { children: application.adminFullName }), _jsx("dt", { children: t('operator.detail.phone') }), _jsx("dd", { children: _jsx("a", { href: `tel:${application.adminPhone}`, children: application.adminPhone }) }), _jsx("dt", { children: t('operator.detail.email') }), _jsx("dd", { children: _jsx("a", { href: `mailto:${application.adminEmail}`, children: application.adminEmail }) }), _jsx("dt", { children: t('operator.detail.inn') }), _jsx("dd", { children: application.inn }), _jsx("dt", { children: t('operator.detail.kpp') }), _jsx("dd", { children: application.kpp }), application.rejectionReason && (_jsxs(_Fragment, { children: [_jsx("dt", { children: t('track.reason') }), _jsx("dd", { className: "prewrap", children: application.rejectionReason })] }))] }), _jsxs("section", { "aria-labelledby": "document-heading", children: [_jsx("h2", { id: "document-heading", children: t('operator.detail.document') }), _jsxs("p", { className: "muted", children: [application.documentFileName, ", ", formatSize(application.documentSize), " \u00B7", ' ', _jsx("a", { href: documentUrl, target: "_blank", rel: "noopener", children: t('operator.detail.openDocument') })] }), application.documentContentType === 'application/pdf' ? (_jsx("iframe", { className: "document", src: documentUrl, title: t('operator.detail.documentFrame') })) : (_jsx("img", { className: "document", src: documentUrl, alt: t('operator.detail.documentFrame') }))] })] }), application.status === 'pending' ? (_jsxs("div", { className: "decision", children: [_jsx("button", { type: "button", className: "button", disabled: busy, onClick: () => decide('approve'), children: busy ? t('operator.detail.approving') : t('operator.detail.approve') }), _jsxs("form", { onSubmit: (event) => decide('reject', event), className: "form", noValidate: true, children: [_jsx(TextArea, { label: t('operator.detail.rejectReason'), hint: t('operator.detail.rejectReason.hint'), value: reason, onChange: (e) => setReason(e.target.value), error: error?.field('reason'), rows: 3, maxLength: 2000, required: true }), _jsx("button", { type: "submit", className: "button button-danger", disabled: busy, children: t('operator.detail.reject') })] })] })) : (application.status === 'approved' && _jsx("p", { children: t('operator.detail.approvedText') }))] }));
}
