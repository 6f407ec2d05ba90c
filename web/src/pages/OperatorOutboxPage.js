import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { api } from '../api/client';
import { formatDateTime } from '../components/format';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
/** What the platform sent; in the embedded default the only place invitations and codes can be read. */
export function OperatorOutboxPage() {
    useTitle(t('operator.outbox.title'));
    const loaded = useLoad(() => api.get('/api/operator/outbox'), 'outbox');
    return (_jsxs("article", { className: "wide", children: [_jsx("h1", { children: t('operator.outbox.title') }), _jsx("p", { children: t('operator.outbox.intro') }), loaded.state === 'loading' && _jsx(Loading, {}), loaded.state === 'error' && _jsx(LoadError, { title: loaded.error.title }), loaded.state === 'ready' &&
                (loaded.data.length === 0 ? (_jsx("p", { className: "empty", children: t('operator.outbox.empty') })) : (_jsx("ul", { className: "cards", children: loaded.data.map((message) => (_jsxs("li", { className: "card", children: [_jsxs("h2", { children: [_jsx("span", { className: "badge", children: message.channel === 'sms' ? 'SMS' : 'E-mail' }), " ", message.subject] }), _jsxs("p", { className: "muted", children: [t('operator.outbox.to'), ": ", message.to, " \u00B7 ", formatDateTime(message.createdAt), " \u00B7", ' ', message.sentAt ? t('operator.outbox.sent') : t('operator.outbox.queued')] }), _jsx("pre", { children: message.body })] }, message.id))) })))] }));
}
