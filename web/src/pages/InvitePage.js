import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { focusFirstInvalid, FormAlert, Loading, TextField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
import { homeOf, useSession } from '../session';
/**
 * The invited person claims the invitation: a code by SMS proves the phone (or, invited without a phone,
 * a code by e-mail proves the address), then a password.
 */
export function InvitePage() {
    useTitle(t('invite.title'));
    const { token = '' } = useParams();
    const base = `/api/invitations/${encodeURIComponent(token)}`;
    const loaded = useLoad(() => api.get(base), token);
    const { setSession } = useSession();
    const navigate = useNavigate();
    const [codeSent, setCodeSent] = useState(false);
    const [code, setCode] = useState('');
    const [password, setPassword] = useState('');
    const [repeat, setRepeat] = useState('');
    const [mismatch, setMismatch] = useState(false);
    const { error, busy, run } = useAction({ onError: () => focusFirstInvalid(form.current) });
    const form = useRef(null);
    if (loaded.state === 'loading')
        return _jsx(Loading, {});
    if (loaded.state === 'error') {
        return (_jsxs("article", { className: "narrow", children: [_jsx("h1", { children: t('invite.gone.title') }), _jsx("div", { role: "alert", className: "alert", children: _jsx("strong", { children: loaded.error.title }) }), _jsx("p", { children: t('invite.gone.what') }), _jsx("p", { children: _jsx(Link, { to: "/login", children: t('app.signIn') }) })] }));
    }
    const invitation = loaded.data;
    // The server sets exactly one of the two: where the code goes.
    const byEmail = invitation.maskedPhone == null;
    const address = invitation.maskedPhone ?? invitation.maskedEmail ?? '';
    const sendCode = () => run(async () => {
        await api.post(`${base}/code`);
        setCodeSent(true);
    });
    const accept = (event) => {
        event.preventDefault();
        setMismatch(password !== repeat);
        if (password !== repeat)
            return focusFirstInvalid(form.current);
        return run(async () => {
            const session = await api.post(`${base}/accept`, { code, password });
            setSession(session);
            navigate(homeOf(session));
        });
    };
    return (_jsxs("article", { className: "narrow", children: [_jsx("h1", { children: t('invite.title') }), _jsx("p", { children: t('invite.greeting') }), _jsxs("p", { className: "lead", children: [_jsx("strong", { children: invitation.organizationShortName }), _jsx("br", {}), invitation.fullName] }), _jsx(FormAlert, { title: error?.title, detail: error?.detail }), _jsx("p", { role: "status", children: codeSent ? t('invite.codeSent', { address })
                    : byEmail ? t('invite.step1Email', { email: address }) : t('invite.step1', { phone: address }) }), _jsx("p", { children: _jsx("button", { type: "button", className: codeSent ? 'button-secondary' : 'button', onClick: sendCode, disabled: busy, children: codeSent ? t('invite.sendAgain') : byEmail ? t('invite.sendCodeEmail') : t('invite.sendCode') }) }), codeSent && (_jsxs("form", { ref: form, onSubmit: accept, className: "form", noValidate: true, children: [_jsx(TextField, { label: byEmail ? t('invite.codeEmail') : t('invite.code'), value: code, onChange: (e) => setCode(e.target.value), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, error: error?.field('code'), required: true }), _jsx(PasswordPair, { password: password, repeat: repeat, onPassword: setPassword, onRepeat: setRepeat, label: "invite.password", repeatLabel: "invite.passwordRepeat", hint: byEmail ? 'invite.password.hintEmail' : 'invite.password.hint', error: error?.field('password'), repeatError: mismatch ? t('setup.passwordMismatch') : undefined }), _jsx("button", { type: "submit", className: "button", disabled: busy, children: t('invite.submit') })] }))] }));
}
