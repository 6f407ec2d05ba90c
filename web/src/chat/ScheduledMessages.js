import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { api, ApiError } from '../api/client';
import { FormAlert } from '../components/Form';
import { t } from '../i18n';
import { newClientId } from './logic';
import { plainText } from './markup';
import { browserZone, fromInputValue, quickChoices, toInputValue } from './schedule';
import './chat-ui.css';
/**
 * The caller's messages waiting in this chat. Reloaded when the chat's newest message changes (the sender may just
 * have sent one) and shortly after the soonest one is due.
 */
export function useScheduledMessages(organizationId, chatId, organizationZone, lastSeq) {
    const base = `/api/organizations/${organizationId}/chats/${chatId}/scheduled`;
    const [items, setItems] = useState([]);
    const [notice, setNotice] = useState('');
    const load = useCallback(async () => {
        try {
            setItems(await api.get(base));
        }
        catch {
            // The line above the composer simply stays as it was.
        }
    }, [base]);
    useEffect(() => void load(), [load, lastSeq]);
    const soonest = items[0]?.sendAt;
    useEffect(() => {
        if (!soonest)
            return;
        const wait = Math.max(new Date(soonest).getTime() - Date.now(), 0) + 5000;
        const timer = setTimeout(() => void load(), Math.min(wait, 2 ** 31 - 1));
        return () => clearTimeout(timer);
    }, [soonest, load]);
    const zone = organizationZone ?? browserZone();
    return {
        zone,
        zoneNote: t(organizationZone ? 'chats.scheduledZone' : 'chats.scheduledZoneDevice', { zone: zoneName(zone) }),
        notice,
        items,
        schedule: async (text, requiresAcknowledgement, sendAt) => {
            await api.post(base, { clientId: newClientId(), text, requiresAcknowledgement, sendAt: sendAt.toISOString() });
            setNotice(t('chats.scheduledDone'));
            await load();
        },
        cancel: async (id) => {
            try {
                await api.request('DELETE', `${base}/${id}`);
                setNotice(t('chats.scheduledCancelled'));
            }
            catch (failure) {
                // Already sent: the list below catches up either way.
                if (!(failure instanceof ApiError) || failure.code !== 'scheduled_not_found')
                    throw failure;
            }
            finally {
                await load();
            }
        },
    };
}
function formatIn(zone, moment) {
    return new Intl.DateTimeFormat('ru-RU', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(moment));
}
/** «Москва, стандартное время (GMT+3)»: the zone the school thinks in, said in words. */
export function zoneName(zone) {
    const name = (style) => new Intl.DateTimeFormat('ru-RU', { timeZone: zone, timeZoneName: style }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? zone;
    return `${name('long')} (${name('shortOffset')})`;
}
/** «Запланировано: N» above the composer, opening the list with time, text and «Отменить». */
export function ScheduledBar({ scheduled }) {
    const [open, setOpen] = useState(false);
    const [error, setError] = useState();
    const listId = useId();
    const count = scheduled.items.length;
    async function cancel(id) {
        setError(undefined);
        try {
            await scheduled.cancel(id);
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setError(failure);
        }
    }
    return (_jsxs("div", { className: "scheduled-bar", children: [count > 0 && (_jsx("button", { type: "button", className: "link-button", "aria-expanded": open, "aria-controls": listId, onClick: () => setOpen((v) => !v), children: t('chats.scheduledCount', { count: String(count) }) })), _jsx("span", { className: "sr-only", role: "status", children: scheduled.notice }), open && count > 0 && (_jsxs("div", { id: listId, children: [error && _jsx(FormAlert, { title: error.title }), _jsx("ul", { className: "scheduled-list", children: scheduled.items.map((item) => (_jsxs("li", { children: [_jsx("time", { dateTime: item.sendAt, className: "scheduled-time", children: formatIn(scheduled.zone, item.sendAt) }), _jsx("span", { className: "scheduled-text", children: plainText(item.text) }), _jsx("button", { type: "button", className: "link-button link-danger", "aria-label": t('chats.scheduledCancelNamed', { time: formatIn(scheduled.zone, item.sendAt) }), onClick: () => void cancel(item.id), children: t('chats.scheduledCancel') })] }, item.id))) }), _jsx("p", { className: "hint", children: scheduled.zoneNote })] }))] }));
}
/** «Отправить позже»: quick choices and a date and time, in the school's time zone. */
export function SchedulePicker({ scheduled, text, requiresAcknowledgement, onScheduled, onTextError }) {
    const [open, setOpen] = useState(false);
    const [custom, setCustom] = useState('');
    const [error, setError] = useState();
    const [sendAtError, setSendAtError] = useState();
    const [busy, setBusy] = useState(false);
    const trigger = useRef(null);
    const panel = useRef(null);
    const titleId = useId();
    const inputId = useId();
    const errorId = useId();
    useEffect(() => {
        if (open)
            panel.current?.querySelector('button')?.focus();
    }, [open]);
    function close() {
        setOpen(false);
        setError(undefined);
        setSendAtError(undefined);
        trigger.current?.focus();
    }
    async function pick(at) {
        if (!at)
            return setSendAtError(t('chats.scheduleNeedTime'));
        setBusy(true);
        setError(undefined);
        setSendAtError(undefined);
        try {
            await scheduled.schedule(text.trim(), requiresAcknowledgement, at);
            setOpen(false);
            setCustom('');
            onScheduled();
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            if (failure.field('sendAt'))
                setSendAtError(failure.field('sendAt'));
            else if (failure.field('text')) {
                setOpen(false);
                onTextError(failure);
            }
            else
                setError(failure);
        }
        finally {
            setBusy(false);
        }
    }
    const labels = {
        today: t('chats.scheduleToday'),
        tomorrow: t('chats.scheduleTomorrow'),
        monday: t('chats.scheduleMonday'),
    };
    const now = new Date();
    return (_jsxs("div", { className: "schedule", children: [_jsx("button", { ref: trigger, type: "button", className: "button-secondary", "aria-expanded": open, "aria-haspopup": "dialog", disabled: !text.trim(), onClick: () => (open ? close() : setOpen(true)), children: t('chats.scheduleLater') }), open && (_jsxs("div", { ref: panel, className: "schedule-popover", role: "dialog", "aria-labelledby": titleId, onKeyDown: (e) => {
                    if (e.key === 'Escape') {
                        e.stopPropagation();
                        close();
                    }
                }, children: [_jsx("h3", { id: titleId, children: t('chats.scheduleTitle') }), error && _jsx(FormAlert, { title: error.title }), _jsx("ul", { className: "schedule-choices", children: quickChoices(now, scheduled.zone).map((choice) => (_jsx("li", { children: _jsx("button", { type: "button", className: "button-secondary", disabled: busy, onClick: () => void pick(choice.at), children: labels[choice.key] }) }, choice.key))) }), _jsxs("div", { className: sendAtError ? 'field-invalid schedule-custom' : 'schedule-custom', children: [_jsx("label", { htmlFor: inputId, children: t('chats.scheduleAt') }), _jsxs("div", { className: "composer-row", children: [_jsx("input", { id: inputId, type: "datetime-local", value: custom, min: toInputValue(now, scheduled.zone), "aria-invalid": sendAtError ? true : undefined, "aria-describedby": sendAtError ? errorId : undefined, onChange: (e) => setCustom(e.target.value), onKeyDown: (e) => {
                                            if (e.key !== 'Enter')
                                                return;
                                            e.preventDefault();
                                            void pick(fromInputValue(custom, scheduled.zone));
                                        } }), _jsx("button", { type: "button", disabled: busy, onClick: () => void pick(fromInputValue(custom, scheduled.zone)), children: t('chats.scheduleConfirm') })] }), sendAtError && (_jsx("p", { className: "field-error", id: errorId, role: "alert", children: sendAtError })), _jsx("p", { className: "hint", children: scheduled.zoneNote })] }), _jsx("button", { type: "button", className: "link-button", onClick: close, children: t('chats.cancel') })] }))] }));
}
