import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { FormAlert, SelectField, TextField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { homeOf, useSession } from '../session';
/** Sign-in: phone or e-mail and password, then the second factor when the account has one (ID-5). */
export function LoginPage() {
    useTitle(t('login.title'));
    const { setSession } = useSession();
    const navigate = useNavigate();
    const [login, setLogin] = useState('');
    const [password, setPassword] = useState('');
    const [params] = useSearchParams();
    const external = params.get('external');
    const providers = useLoad(() => api.get('/api/session/external'), 'providers');
    // An external provider's sign-in of an account with a second factor continues here.
    const [secondStep, setSecondStep] = useState(params.get('second-factor') === '1');
    const [method, setMethod] = useState('authenticator');
    const [code, setCode] = useState('');
    // Which channel a code was last sent by, so the confirmation matches the method chosen.
    const [sentBy, setSentBy] = useState();
    const { error, busy, run } = useAction({});
    const finish = (session) => {
        setSession(session);
        if (session.twoFactorRequired)
            setSecondStep(true);
        else
            navigate(homeOf(session));
    };
    const submit = (event) => {
        event.preventDefault();
        void run(async () => finish(await api.post('/api/session/sign-in', { login, password })));
    };
    const confirm = (event) => {
        event.preventDefault();
        void run(async () => finish(await api.post('/api/session/two-factor', { method, code })));
    };
    return (_jsxs("article", { className: "narrow", children: [_jsx("h1", { children: secondStep ? t('login.secondFactor') : t('login.title') }), _jsx(FormAlert, { title: error?.title ?? (external === 'unknown' ? t('login.external.unknown') : external === 'failed' ? t('login.external.failed')
                    : external === 'locked' ? t('login.external.locked') : undefined), detail: error?.detail }), !secondStep ? (_jsxs("form", { onSubmit: submit, className: "form", noValidate: true, children: [_jsx(TextField, { label: t('login.login'), value: login, onChange: (e) => setLogin(e.target.value), autoComplete: "username", error: error?.field('login'), required: true }), _jsx(TextField, { label: t('login.password'), type: "password", value: password, onChange: (e) => setPassword(e.target.value), autoComplete: "current-password", error: error?.field('password'), required: true }), _jsx("button", { type: "submit", className: "button", disabled: busy, children: t('login.submit') }), providers.state === 'ready' && providers.data.map((p) => (_jsxs("p", { children: [t('login.or'), ' ', _jsx("a", { className: "button-secondary", href: `/api/session/external/${p.name}`, children: t('login.external', { name: p.displayName }) })] }, p.name)))] })) : (_jsxs("form", { onSubmit: confirm, className: "form", noValidate: true, children: [_jsxs(SelectField, { label: t('login.method'), value: method, onChange: (e) => setMethod(e.target.value), children: [_jsx("option", { value: "authenticator", children: t('login.method.authenticator') }), _jsx("option", { value: "sms", children: t('login.method.sms') }), _jsx("option", { value: "email", children: t('login.method.email') }), _jsx("option", { value: "recovery", children: t('login.method.recovery') })] }), (method === 'sms' || method === 'email') && (_jsxs("p", { children: [_jsx("button", { type: "button", className: "button-secondary", disabled: busy, onClick: () => void run(async () => { await api.post(`/api/session/two-factor/${method}`); setSentBy(method); }), children: method === 'sms' ? t('login.sendSms') : t('login.sendEmail') }), ' ', _jsx("span", { role: "status", children: sentBy === method ? t(method === 'sms' ? 'login.smsSent' : 'login.emailSent') : '' })] })), _jsx(TextField, { label: t('login.code'), value: code, onChange: (e) => setCode(e.target.value), inputMode: method === 'recovery' ? 'text' : 'numeric', autoComplete: "one-time-code", error: error?.field('code'), required: true }), _jsx("button", { type: "submit", className: "button", disabled: busy, children: t('login.confirm') })] }))] }));
}
