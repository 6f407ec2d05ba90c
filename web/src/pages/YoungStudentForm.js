import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { api } from '../api/client';
import { FormAlert, TextField } from '../components/Form';
import { useAction } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
/** ID-3: a young student without a phone registers with a parent's e-mail and gets a login to remember. */
export function YoungStudentForm({ joinUrl }) {
    const [fields, setFields] = useState({ fullName: '', parentEmail: '', password: '' });
    const [repeat, setRepeat] = useState('');
    const [login, setLogin] = useState();
    const { error, busy, run } = useAction();
    const submit = (event) => {
        event.preventDefault();
        if (fields.password !== repeat)
            return;
        void run(async () => setLogin((await api.post(`${joinUrl}/young`, fields)).login));
    };
    if (login)
        return _jsx("p", { role: "status", className: "empty", children: t('young.done', { login }) });
    return (_jsxs("form", { onSubmit: submit, className: "form", noValidate: true, children: [_jsx(FormAlert, { title: error?.title }), _jsx(TextField, { label: t('young.fullName'), value: fields.fullName, onChange: (e) => setFields({ ...fields, fullName: e.target.value }), error: error?.field('fullName') }), _jsx(TextField, { label: t('young.parentEmail'), hint: t('young.parentEmail.hint'), type: "email", value: fields.parentEmail, onChange: (e) => setFields({ ...fields, parentEmail: e.target.value }), error: error?.field('parentEmail') }), _jsx(PasswordPair, { password: fields.password, repeat: repeat, onPassword: (v) => setFields({ ...fields, password: v }), onRepeat: setRepeat, label: "setup.password", repeatLabel: "setup.passwordRepeat", hint: "setup.password.hint", error: error?.field('password'), repeatError: repeat && fields.password !== repeat ? t('setup.passwordMismatch') : undefined }), _jsx("button", { type: "submit", className: "button", disabled: busy, children: t('young.submit') })] }));
}
