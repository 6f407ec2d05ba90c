import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { focusFirstInvalid, FormAlert, Loading, TextField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
import { useSession } from '../session';
import { YoungStudentForm } from './YoungStudentForm';
/** Joining a school through an invitation link: with the current account, or a new one proven by an SMS code. */
export function JoinPage() {
    useTitle(t('join.title'));
    const { token = '' } = useParams();
    const base = `/api/join/${encodeURIComponent(token)}`;
    const loaded = useLoad(() => api.get(base), token);
    const { session, setSession } = useSession();
    const navigate = useNavigate();
    const [fields, setFields] = useState({ fullName: '', phone: '', code: '', password: '' });
    const [repeat, setRepeat] = useState('');
    const [mismatch, setMismatch] = useState(false);
    const [codeSent, setCodeSent] = useState(false);
    const [young, setYoung] = useState(false);
    const { error, busy, run } = useAction({ onError: () => focusFirstInvalid(form.current) });
    const form = useRef(null);
    if (loaded.state === 'loading' || !session)
        return _jsx(Loading, {});
    if (loaded.state === 'error')
        return (_jsxs("article", { className: "narrow", children: [_jsx("h1", { children: t('join.title') }), _jsx("div", { role: "alert", className: "alert", children: _jsx("strong", { children: loaded.error.title }) }), _jsx("p", { children: t('join.gone.what') })] }));
    const link = loaded.data;
    const join = (body) => run(async () => {
        setSession(await api.post(base, body));
        navigate(`/org/${link.organizationId}`);
    });
    const sendCode = () => run(async () => {
        await api.post(`${base}/code`, { phone: fields.phone });
        setCodeSent(true);
    });
    const submit = (event) => {
        event.preventDefault();
        setMismatch(fields.password !== repeat);
        if (fields.password !== repeat)
            return focusFirstInvalid(form.current);
        return join(fields);
    };
    const change = (name) => (value) => setFields((current) => ({ ...current, [name]: value }));
    return (_jsxs("article", { className: "narrow", children: [_jsx("h1", { children: t('join.title') }), _jsx("p", { children: link.kind === 'classStudents'
                    ? t('join.asStudent', { className: link.className ?? '' })
                    : link.kind === 'classParents'
                        ? t('join.asParent', { className: link.className ?? '' })
                        : t('join.asStaff') }), _jsxs("p", { className: "lead", children: [_jsx("strong", { children: link.organizationShortName }), _jsx("br", {}), _jsx("span", { className: "muted", children: link.organizationFullName })] }), _jsx(FormAlert, { title: error?.title, detail: error?.detail }), link.kind === 'classStudents' && !session.user && (_jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: young, onChange: (e) => setYoung(e.target.checked) }), t('young.switch')] })), young ? (_jsx(YoungStudentForm, { joinUrl: base })) : session.user ? (_jsxs(_Fragment, { children: [_jsx("p", { children: t('join.signedIn', { name: session.user.fullName }) }), _jsx("button", { type: "button", className: "button", disabled: busy, onClick: () => void join({}), children: t('join.submit') })] })) : (_jsxs("form", { ref: form, onSubmit: submit, className: "form", noValidate: true, children: [_jsx(TextField, { label: t('join.fullName'), value: fields.fullName, onChange: (e) => change('fullName')(e.target.value), autoComplete: "name", error: error?.field('fullName'), required: true }), _jsx(TextField, { label: t('join.phone'), type: "tel", inputMode: "tel", value: fields.phone, onChange: (e) => change('phone')(e.target.value), autoComplete: "tel", hint: t('apply.adminPhone.hint'), error: error?.field('phone'), required: true }), _jsxs("p", { children: [_jsx("button", { type: "button", className: codeSent ? 'button-secondary' : 'button', onClick: () => void sendCode(), disabled: busy, children: codeSent ? t('invite.sendAgain') : t('join.sendCode') }), ' ', _jsx("span", { role: "status", children: codeSent ? t('join.codeSent') : '' })] }), codeSent && (_jsxs(_Fragment, { children: [_jsx(TextField, { label: t('join.code'), value: fields.code, onChange: (e) => change('code')(e.target.value), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, error: error?.field('code'), required: true }), _jsx(PasswordPair, { password: fields.password, repeat: repeat, onPassword: change('password'), onRepeat: setRepeat, label: "join.password", repeatLabel: "setup.passwordRepeat", hint: "join.password.hint", error: error?.field('password'), repeatError: mismatch ? t('setup.passwordMismatch') : undefined }), _jsx("button", { type: "submit", className: "button", disabled: busy, children: t('join.submit') })] }))] })), _jsx("p", { children: _jsx(Link, { to: "/login", children: t('app.signIn') }) })] }));
}
