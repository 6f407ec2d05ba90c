import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { formatDateTime } from '../components/format';
import { LoadError, Loading, SelectField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { StatusBadge } from '../components/StatusBadge';
import { t } from '../i18n';
const statuses = ['pending', 'approved', 'rejected'];
/** ORG-2: the review queue, newest first; filters live in the address so a view can be bookmarked. */
export function OperatorQueuePage() {
    useTitle(t('operator.queue.title'));
    const [params, setParams] = useSearchParams();
    const status = params.get('status') ?? '';
    const region = params.get('region') ?? '';
    const query = new URLSearchParams({ ...(status && { status }), ...(region && { region }) }).toString();
    const applications = useLoad(() => api.get(`/api/operator/applications?${query}`), query);
    const regions = useLoad(() => api.get('/api/reference/regions'), 'regions');
    const setFilter = (name) => (event) => {
        const next = new URLSearchParams(params);
        if (event.target.value)
            next.set(name, event.target.value);
        else
            next.delete(name);
        setParams(next);
    };
    return (_jsxs("article", { className: "wide", children: [_jsx("h1", { children: t('operator.queue.title') }), _jsxs("div", { className: "filters", children: [_jsxs(SelectField, { label: t('operator.filter.status'), value: status, onChange: setFilter('status'), children: [_jsx("option", { value: "", children: t('operator.filter.all') }), statuses.map((s) => (_jsx("option", { value: s, children: t(`operator.filter.${s}`) }, s)))] }), _jsxs(SelectField, { label: t('operator.filter.region'), value: region, onChange: setFilter('region'), children: [_jsx("option", { value: "", children: t('operator.filter.allRegions') }), regions.state === 'ready' &&
                                regions.data.map((r) => (_jsx("option", { value: r.code, children: r.name }, r.code)))] })] }), applications.state === 'loading' && _jsx(Loading, {}), applications.state === 'error' && _jsx(LoadError, { title: applications.error.title, onRetry: applications.reload }), applications.state === 'ready' &&
                (applications.data.length === 0 ? (_jsx("p", { className: "empty", children: query ? t('operator.queue.emptyFiltered') : t('operator.queue.empty') })) : (_jsx("ul", { className: "cards", children: applications.data.map((application) => (_jsxs("li", { className: "card", children: [_jsx("h2", { children: _jsx(Link, { to: `/operator/applications/${application.id}`, children: application.shortName }) }), _jsxs("p", { className: "muted", children: [application.regionName, ", ", application.settlement] }), _jsxs("p", { children: [_jsx(StatusBadge, { status: application.status }), " ", _jsx("span", { className: "muted", children: formatDateTime(application.submittedAt) })] })] }, application.id))) })))] }));
}
