import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { api, ApiError } from '../api/client';
import { formatDateTime } from '../components/format';
import { FormAlert, LoadError, Loading, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
import { useSession } from '../session';
import { AccountDataSection } from './AccountDataSection';
import { PhoneSection } from './PhoneSection';
import { TwoFactorSection } from './TwoFactorSection';
/** ID-6: the person's sessions (end one or all others), the password change and the phone change. */
export function AccountPage() {
    useTitle(t('account.title'));
    const { session, setSession } = useSession();
    const sessions = useLoad(() => api.get('/api/account/sessions'), 'sessions');
    const [error, setError] = useState();
    const [notice, setNotice] = useState('');
    const [current, setCurrent] = useState('');
    const [password, setPassword] = useState('');
    const [repeat, setRepeat] = useState('');
    const [mismatch, setMismatch] = useState(false);
    const reload = sessions.reload;
    if (session && !session.authenticated)
        return _jsx(LoadError, { title: t('operator.noAccess') });
    async function run(action) {
        setError(undefined);
        setNotice('');
        try {
            setNotice(await action());
            reload();
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setError(failure);
        }
    }
    const changePassword = (event) => {
        event.preventDefault();
        setMismatch(password !== repeat);
        if (password !== repeat)
            return;
        void run(async () => {
            setSession(await api.post('/api/account/password', { currentPassword: current, newPassword: password }));
            setCurrent('');
            setPassword('');
            setRepeat('');
            return t('account.password.done');
        });
    };
    return (_jsxs("article", { children: [_jsx("h1", { children: t('account.title') }), _jsx(FormAlert, { title: error?.title }), _jsx("p", { role: "status", children: notice }), _jsxs("section", { "aria-labelledby": "sessions-heading", children: [_jsx("h2", { id: "sessions-heading", children: t('account.sessions') }), _jsx("p", { children: t('account.sessions.intro') }), sessions.state === 'loading' && _jsx(Loading, {}), sessions.state === 'error' && _jsx(LoadError, { title: sessions.error.title }), sessions.state === 'ready' && (_jsx("ul", { className: "cards", children: sessions.data.map((s) => (_jsxs("li", { className: "card", children: [_jsxs("h3", { children: [s.device, " ", s.current && _jsx("span", { className: "badge badge-verified", children: t('account.session.current') })] }), _jsx("p", { className: "muted", children: [s.ipAddress, t('account.session.lastSeen', { date: formatDateTime(s.lastSeenAt) })].filter(Boolean).join(' · ') }), !s.current && (_jsx("button", { type: "button", className: "button-secondary", "aria-label": t('account.session.endNamed', { device: s.device }), onClick: () => void run(async () => {
                                        await api.request('DELETE', `/api/account/sessions/${s.id}`);
                                        return t('account.sessions.ended', { count: '1' });
                                    }), children: t('account.session.end') }))] }, s.id))) })), sessions.state === 'ready' && sessions.data.length > 1 && (_jsx("p", { children: _jsx("button", { type: "button", className: "button-secondary", onClick: () => void run(async () => {
                                const ended = await api.post('/api/account/sessions/end-others');
                                return t('account.sessions.ended', { count: String(ended.ended) });
                            }), children: t('account.sessions.endOthers') }) }))] }), _jsxs("section", { "aria-labelledby": "password-heading", children: [_jsx("h2", { id: "password-heading", children: t('account.password') }), _jsx("p", { children: t('account.password.intro') }), _jsxs("form", { onSubmit: changePassword, className: "form", noValidate: true, children: [_jsx(TextField, { label: t('account.password.current'), type: "password", autoComplete: "current-password", value: current, onChange: (e) => setCurrent(e.target.value), error: error?.field('currentPassword'), required: true }), _jsx(PasswordPair, { password: password, repeat: repeat, onPassword: setPassword, onRepeat: setRepeat, label: "account.password.new", repeatLabel: "account.password.repeat", hint: "setup.password.hint", error: error?.field('newPassword'), repeatError: mismatch ? t('setup.passwordMismatch') : undefined }), _jsx("button", { type: "submit", className: "button", children: t('account.password.submit') })] })] }), _jsx(PhoneSection, {}), _jsx(TwoFactorSection, {}), _jsx(AccountDataSection, {})] }));
}
