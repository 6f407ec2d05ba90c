import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { api } from '../api/client';
import { FormAlert, TextField } from '../components/Form';
import { useAction, useLoad } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';
/** ID-5 for the person: enrol an authenticator app by QR code, keep recovery codes, or switch the factor off. */
export function TwoFactorSection() {
    const status = useLoad(() => api.get('/api/account/two-factor'), 'two-factor');
    const { refresh } = useSession();
    const [enrolment, setEnrolment] = useState();
    const [code, setCode] = useState('');
    const [password, setPassword] = useState('');
    const [recovery, setRecovery] = useState();
    const { error, run } = useAction({ onDone: () => { status.reload(); void refresh(); } });
    const enable = (event) => {
        event.preventDefault();
        void run(async () => {
            setRecovery((await api.post('/api/account/two-factor/enable', { code })).recoveryCodes);
            setEnrolment(undefined);
            setCode('');
        });
    };
    const disable = (event) => {
        event.preventDefault();
        void run(async () => {
            await api.post('/api/account/two-factor/disable', { password });
            setPassword('');
            setRecovery(undefined);
        });
    };
    return (_jsxs("section", { "aria-labelledby": "two-factor-heading", children: [_jsx("h2", { id: "two-factor-heading", children: t('twoFactor.title') }), _jsx(FormAlert, { title: error?.title }), status.state === 'ready' && _jsx("p", { children: status.data.enabled ? t('twoFactor.on', { count: String(status.data.recoveryCodesLeft) }) : t('twoFactor.off') }), recovery && (_jsxs("div", { className: "empty", role: "status", children: [_jsx("p", { children: t('twoFactor.recovery') }), _jsx("ul", { className: "recovery-codes", children: recovery.map((c) => (_jsx("li", { children: _jsx("code", { children: c }) }, c))) })] })), status.state === 'ready' && !status.data.enabled && !enrolment && (_jsx("button", { type: "button", className: "button", onClick: () => void run(async () => setEnrolment(await api.post('/api/account/two-factor/authenticator'))), children: t('twoFactor.start') })), enrolment && (_jsxs("form", { onSubmit: enable, className: "form", noValidate: true, children: [_jsx("p", { children: t('twoFactor.scan') }), _jsx("img", { className: "qr", src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`, alt: t('twoFactor.qrAlt') }), _jsx("p", { children: _jsx("code", { className: "secret", children: enrolment.sharedKey }) }), _jsx(TextField, { label: t('twoFactor.code'), inputMode: "numeric", autoComplete: "one-time-code", value: code, onChange: (e) => setCode(e.target.value), error: error?.field('code') }), _jsx("button", { type: "submit", className: "button", children: t('twoFactor.enable') })] })), status.state === 'ready' && status.data.enabled && (_jsxs("form", { onSubmit: disable, className: "form", noValidate: true, children: [_jsx(TextField, { label: t('twoFactor.disablePassword'), type: "password", autoComplete: "current-password", value: password, onChange: (e) => setPassword(e.target.value), error: error?.field('password') }), _jsx("button", { type: "submit", className: "button-secondary", children: t('twoFactor.disable') })] }))] }));
}
