import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { FormAlert } from '../components/Form';
import { t } from '../i18n';
import { isQuietNow, timeOfDay } from '../chat/logic';
const moment = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
/** MSG-6 for teachers: their working hours (the school's unless they set their own), shown beside the chat list. */
export function QuietHoursSection({ quiet, onSave }) {
    const [start, setStart] = useState(timeOfDay(quiet.workdayStart));
    const [end, setEnd] = useState(timeOfDay(quiet.workdayEnd));
    const [error, setError] = useState();
    const [saved, setSaved] = useState(false);
    const [busy, setBusy] = useState(false);
    useEffect(() => {
        setStart(timeOfDay(quiet.workdayStart));
        setEnd(timeOfDay(quiet.workdayEnd));
    }, [quiet.workdayStart, quiet.workdayEnd]);
    async function save(own, event) {
        event?.preventDefault();
        setBusy(true);
        setError(undefined);
        setSaved(false);
        try {
            await onSave(own ? `${start}:00` : null, own ? `${end}:00` : null);
            setSaved(true);
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setError(failure);
        }
        finally {
            setBusy(false);
        }
    }
    const values = { start: timeOfDay(quiet.workdayStart), end: timeOfDay(quiet.workdayEnd), zone: quiet.timeZone };
    return (_jsxs("details", { className: "quiet-hours", children: [_jsx("summary", { children: t('chats.quietTitle') }), _jsx("p", { className: "hint", children: t('chats.quietHint') }), _jsx("p", { children: t(quiet.own ? 'chats.quietOwn' : 'chats.quietSchool', values) }), isQuietNow(quiet, new Date()) && quiet.quietUntil && _jsx("p", { className: "muted", children: t('chats.quietNow', { time: moment.format(new Date(quiet.quietUntil)) }) }), _jsxs("form", { onSubmit: (e) => void save(true, e), className: "quiet-form", children: [error && _jsx(FormAlert, { title: error.field('workdayEnd') ?? error.field('workdayStart') ?? error.title }), _jsx("label", { htmlFor: "quiet-start", children: t('chats.quietStart') }), _jsx("input", { id: "quiet-start", type: "time", required: true, value: start, onChange: (e) => setStart(e.target.value) }), _jsx("label", { htmlFor: "quiet-end", children: t('chats.quietEnd') }), _jsx("input", { id: "quiet-end", type: "time", required: true, value: end, onChange: (e) => setEnd(e.target.value) }), _jsxs("div", { className: "composer-row", children: [_jsx("button", { type: "submit", className: "button-small", disabled: busy, children: t('chats.quietSave') }), quiet.own && (_jsx("button", { type: "button", className: "button-secondary button-small", disabled: busy, onClick: () => void save(false), children: t('chats.quietReset') }))] }), saved && _jsx("p", { role: "status", children: t('chats.quietSaved') })] })] }));
}
