import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { focusFirstInvalid, FormAlert, LoadError, Loading, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
import { useSession } from '../session';
/** First start: the one-time link printed by the server creates the first operator. */
export function SetupPage() {
    useTitle(t('setup.title'));
    const { token = '' } = useParams();
    const { setSession } = useSession();
    const navigate = useNavigate();
    const check = useLoad(() => api.get(`/api/setup/operator/${encodeURIComponent(token)}`), token);
    const [fields, setFields] = useState({ fullName: '', email: '', phone: '', password: '' });
    const [repeat, setRepeat] = useState('');
    const [error, setError] = useState();
    const [mismatch, setMismatch] = useState(false);
    const [busy, setBusy] = useState(false);
    const form = useRef(null);
    if (check.state === 'loading')
        return _jsx(Loading, {});
    if (check.state === 'error')
        return _jsx(LoadError, { title: t('setup.invalid') });
    async function submit(event) {
        event.preventDefault();
        setMismatch(fields.password !== repeat);
        if (fields.password !== repeat)
            return focusFirstInvalid(form.current);
        setBusy(true);
        setError(undefined);
        try {
            const session = await api.post('/api/setup/operator', { token, ...fields });
            setSession(session);
            navigate('/operator');
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setError(failure);
            focusFirstInvalid(form.current);
        }
        finally {
            setBusy(false);
        }
    }
    const change = (name) => (value) => setFields((current) => ({ ...current, [name]: value }));
    return (_jsxs("article", { className: "narrow", children: [_jsx("h1", { children: t('setup.title') }), _jsx("p", { children: t('setup.intro') }), _jsx(FormAlert, { title: error?.title, detail: error?.detail }), _jsxs("form", { ref: form, onSubmit: submit, className: "form", noValidate: true, children: [_jsx(TextField, { label: t('setup.fullName'), value: fields.fullName, onChange: (e) => change('fullName')(e.target.value), autoComplete: "name", error: error?.field('fullName'), required: true }), _jsx(TextField, { label: t('setup.email'), type: "email", value: fields.email, onChange: (e) => change('email')(e.target.value), autoComplete: "email", error: error?.field('email'), required: true }), _jsx(TextField, { label: t('setup.phone'), type: "tel", inputMode: "tel", value: fields.phone, onChange: (e) => change('phone')(e.target.value), autoComplete: "tel", error: error?.field('phone'), required: true }), _jsx(PasswordPair, { password: fields.password, repeat: repeat, onPassword: change('password'), onRepeat: setRepeat, label: "setup.password", repeatLabel: "setup.passwordRepeat", hint: "setup.password.hint", error: error?.field('password'), repeatError: mismatch ? t('setup.passwordMismatch') : undefined }), _jsx("button", { type: "submit", className: "button", disabled: busy, children: t('setup.submit') })] })] }));
}
