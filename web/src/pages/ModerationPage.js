import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, request } from '../api/client';
import { FormAlert, LoadError, Loading, SelectField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { realtime } from '../chat/connection';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
const moment = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
const when = (iso) => moment.format(new Date(iso));
/** How long «Ограничить автора» lasts; null is «пока не сниму». */
const RESTRICTIONS = [
    { key: 'moderation.restrict.hour', hours: 1 },
    { key: 'moderation.restrict.day', hours: 24 },
    { key: 'moderation.restrict.week', hours: 24 * 7 },
    { key: 'moderation.restrict.untilLifted', hours: null },
];
const EMPTY = {
    open: 'moderation.emptyOpen',
    resolved: 'moderation.emptyResolved',
    dismissed: 'moderation.emptyDismissed',
};
/**
 * MSG-7 «Модерация»: reports about messages in the chats the person moderates (all chats for the school's
 * administrators), with the reported text and the actions on it; the audit log for administrators.
 */
export function ModerationPage() {
    useTitle(t('moderation.title'));
    const { organization, isAdministrator } = useOrganization();
    const [view, setView] = useState('open');
    const views = isAdministrator ? ['open', 'resolved', 'dismissed', 'log'] : ['open', 'resolved', 'dismissed'];
    return (_jsxs("article", { children: [_jsx("h2", { children: t('moderation.title') }), _jsx("p", { children: t('moderation.intro') }), _jsx("ul", { className: "view-switch", "aria-label": t('moderation.views'), children: views.map((v) => (_jsx("li", { children: _jsx("button", { type: "button", className: "button-secondary button-small", "aria-pressed": view === v, onClick: () => setView(v), children: t(`moderation.${v}`) }) }, v))) }), view === 'log' ? _jsx(ModerationLog, { organizationId: organization.id }) : _jsx(Reports, { organizationId: organization.id, status: view })] }));
}
function Reports({ organizationId, status }) {
    const url = `/api/organizations/${organizationId}/moderation/reports?status=${status}`;
    const reports = useLoad(() => api.get(url), url);
    const [done, setDone] = useState('');
    const reload = reports.reload;
    // A new report for this moderator arrives live.
    useEffect(() => {
        const link = realtime();
        const release = link.acquire();
        link.hub.on('MessageReported', reload);
        return () => {
            link.hub.off('MessageReported', reload);
            release();
        };
    }, [reload]);
    if (reports.state === 'loading')
        return _jsx(Loading, {});
    if (reports.state === 'error')
        return _jsx(LoadError, { title: reports.error.title, onRetry: reload });
    return (_jsxs(_Fragment, { children: [_jsx("p", { className: "notice", role: "status", children: done }), reports.data.length === 0 ? (_jsx("p", { className: "empty", children: t(EMPTY[status]) })) : (_jsx("ul", { className: "cards", children: reports.data.map((report) => (_jsx(ReportCard, { organizationId: organizationId, report: report, onDone: (text) => {
                        setDone(text);
                        reload();
                    } }, report.id))) }))] }));
}
function ReportCard({ organizationId, report, onDone }) {
    const [restriction, setRestriction] = useState('0');
    const { error, busy, run } = useAction();
    const chat = `/api/organizations/${organizationId}/chats/${report.chatId}`;
    const seq = Number(report.seq);
    const open = report.status === 'open';
    const remove = () => {
        if (!window.confirm(t('moderation.deleteConfirm')))
            return;
        void run(async () => {
            await request('DELETE', `${chat}/messages/${seq}`);
            onDone(t('moderation.done.deleted'));
        });
    };
    const restrict = () => {
        const hours = RESTRICTIONS[Number(restriction)].hours;
        const until = hours === null ? null : new Date(Date.now() + hours * 3600 * 1000).toISOString();
        void run(async () => {
            const set = await request('PUT', `${chat}/members/${report.authorId}/restriction`, { until });
            const end = set.until ? t('moderation.done.restrictedUntil', { time: when(set.until) }) : t('moderation.done.restrictedUntilLifted');
            onDone(t('moderation.done.restricted', { name: report.authorName, chat: report.chatTitle, until: end }));
        });
    };
    const dismiss = () => void run(async () => {
        await api.post(`/api/organizations/${organizationId}/moderation/reports/${report.id}/dismiss`, {});
        onDone(t('moderation.done.dismissed'));
    });
    const headingId = `report-${report.id}`;
    return (_jsxs("li", { className: "card", "aria-labelledby": headingId, children: [_jsx("h3", { id: headingId, children: t('moderation.report', { author: report.authorName, chat: report.chatTitle }) }), _jsx("p", { className: "report-text", children: report.messageText }), report.messageDeleted && _jsx("p", { className: "muted", children: t('moderation.messageDeleted') }), _jsxs("dl", { className: "report-facts", children: [_jsx("dt", { children: t('moderation.reason') }), _jsx("dd", { children: t(`report.reason.${report.reason}`) }), report.comment && (_jsxs(_Fragment, { children: [_jsx("dt", { children: t('moderation.comment') }), _jsx("dd", { children: report.comment })] })), _jsx("dt", { children: t('moderation.reporter') }), _jsx("dd", { children: report.reporterName }), _jsx("dt", { children: t('moderation.when') }), _jsx("dd", { children: _jsx("time", { dateTime: report.createdAt, children: when(report.createdAt) }) })] }), report.handledByName && report.handledAt && _jsx("p", { className: "muted", children: t('moderation.handled', { name: report.handledByName, time: when(report.handledAt) }) }), _jsx(FormAlert, { title: error?.title }), open && !report.canAct && _jsx("p", { className: "muted", children: t('moderation.notMember') }), _jsxs("div", { className: "report-actions", children: [report.canAct && (_jsx(Link, { className: "button-secondary button-small", to: `/org/${organizationId}/chats/${report.chatId}?message=${seq}`, children: t('moderation.openInChat') })), open && report.canAct && !report.messageDeleted && (_jsx("button", { type: "button", className: "button-danger button-small", disabled: busy, onClick: remove, children: t('moderation.delete') })), open && report.canAct && (_jsxs(_Fragment, { children: [_jsx(SelectField, { label: t('moderation.restrictFor'), value: restriction, onChange: (e) => setRestriction(e.target.value), children: RESTRICTIONS.map((r, i) => (_jsx("option", { value: i, children: t(r.key) }, r.key))) }), _jsx("button", { type: "button", className: "button-secondary button-small", disabled: busy, onClick: restrict, children: t('moderation.restrict') })] })), open && (_jsx("button", { type: "button", className: "button-secondary button-small", disabled: busy, onClick: dismiss, children: t('moderation.dismiss') }))] })] }));
}
const LOG_PAGE = 50;
function ModerationLog({ organizationId }) {
    const base = `/api/organizations/${organizationId}/moderation/log?limit=${LOG_PAGE}`;
    const first = useLoad(() => api.get(base), base);
    const [more, setMore] = useState([]);
    const [exhausted, setExhausted] = useState(false);
    const { error, busy, run } = useAction();
    if (first.state === 'loading')
        return _jsx(Loading, {});
    if (first.state === 'error')
        return _jsx(LoadError, { title: first.error.title, onRetry: first.reload });
    const entries = [...first.data, ...more];
    if (entries.length === 0)
        return _jsx("p", { className: "empty", children: t('moderation.emptyLog') });
    const loadMore = () => void run(async () => {
        const page = await api.get(`${base}&before=${encodeURIComponent(entries[entries.length - 1].createdAt)}`);
        setMore((m) => [...m, ...page]);
        if (page.length < LOG_PAGE)
            setExhausted(true);
    });
    return (_jsxs(_Fragment, { children: [_jsx("ol", { className: "cards", "aria-label": t('moderation.log'), children: entries.map((e) => (_jsxs("li", { className: "card", children: [_jsx("p", { children: _jsx("time", { dateTime: e.createdAt, className: "muted", children: when(e.createdAt) }) }), _jsxs("p", { children: [_jsx("strong", { children: e.actorName }), " ", t(`moderation.logAction.${e.action}`), e.targetName ? ` — ${e.targetName}` : '', " ", t('moderation.logChat', { chat: e.chatTitle })] }), e.note && _jsx("p", { className: "muted", children: e.note })] }, e.id))) }), _jsx(FormAlert, { title: error?.title }), !exhausted && first.data.length === LOG_PAGE && (_jsx("p", { children: _jsx("button", { type: "button", className: "button-secondary", disabled: busy, onClick: loadMore, children: t('moderation.more') }) }))] }));
}
