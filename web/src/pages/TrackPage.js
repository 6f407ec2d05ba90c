import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { formatDateTime } from '../components/format';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { StatusBadge } from '../components/StatusBadge';
import { t } from '../i18n';
/** The applicant's private status page, reached by the link they kept. */
export function TrackPage() {
    useTitle(t('track.title'));
    const { token = '' } = useParams();
    const loaded = useLoad(() => api.get(`/api/applications/track/${encodeURIComponent(token)}`), token);
    if (loaded.state === 'loading')
        return _jsx(Loading, {});
    if (loaded.state === 'error')
        return _jsx(LoadError, { title: loaded.error.title });
    const application = loaded.data;
    return (_jsxs("article", { children: [_jsx("h1", { children: t('track.title') }), _jsx("h2", { children: application.shortName }), _jsx("p", { children: application.fullName }), _jsxs("dl", { className: "facts", children: [_jsx("dt", { children: t('track.status') }), _jsx("dd", { children: _jsx(StatusBadge, { status: application.status }) }), _jsx("dt", { children: t('track.submittedAt') }), _jsx("dd", { children: formatDateTime(application.submittedAt) }), application.reviewedAt && (_jsxs(_Fragment, { children: [_jsx("dt", { children: t('track.reviewedAt') }), _jsx("dd", { children: formatDateTime(application.reviewedAt) })] })), application.rejectionReason && (_jsxs(_Fragment, { children: [_jsx("dt", { children: t('track.reason') }), _jsx("dd", { className: "prewrap", children: application.rejectionReason })] }))] }), application.status === 'approved' && (_jsxs(_Fragment, { children: [_jsx("p", { children: t('track.approved.text') }), application.organizationSlug && (_jsx("p", { children: _jsx(Link, { to: `/o/${application.organizationSlug}`, children: t('track.publicPage') }) }))] })), application.status === 'rejected' && (_jsxs("p", { children: [t('track.rejected.text'), " ", _jsx(Link, { to: "/apply", children: t('track.applyAgain') })] }))] }));
}
