import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useRef, useState } from 'react';
import { api } from '../api/client';
import { focusFirstInvalid, FormAlert, TextField } from '../components/Form';
import { useAction } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';
/**
 * ID-6: changing the phone. First the new number (codes go to the current and the new one), then both
 * codes; an account without a phone gets, and enters, only the new number's code.
 */
export function PhoneSection() {
    const { setSession } = useSession();
    const [newPhone, setNewPhone] = useState('');
    // Set once the codes are sent: the masked current phone, or null when the account has none.
    const [sent, setSent] = useState();
    const [currentPhoneCode, setCurrentPhoneCode] = useState('');
    const [newPhoneCode, setNewPhoneCode] = useState('');
    const [done, setDone] = useState(false);
    const form = useRef(null);
    const { error, busy, run } = useAction({ onError: () => focusFirstInvalid(form.current) });
    const hasCurrent = sent?.maskedCurrentPhone != null;
    const sendCodes = (event) => {
        event.preventDefault();
        void run(async () => {
            setDone(false);
            setSent(await api.post('/api/account/phone/codes', { newPhone }));
        });
    };
    const confirm = (event) => {
        event.preventDefault();
        void run(async () => {
            setSession(await api.post('/api/account/phone', { newPhone, currentPhoneCode: hasCurrent ? currentPhoneCode : null, newPhoneCode }));
            setSent(undefined);
            setNewPhone('');
            setCurrentPhoneCode('');
            setNewPhoneCode('');
            setDone(true);
        });
    };
    return (_jsxs("section", { "aria-labelledby": "phone-heading", children: [_jsx("h2", { id: "phone-heading", children: t('account.phone') }), _jsx("p", { children: t('account.phone.intro') }), _jsx(FormAlert, { title: error?.title }), _jsx("p", { role: "status", children: done ? t('account.phone.done')
                    : sent ? (hasCurrent ? t('account.phone.sentBoth', { phone: sent.maskedCurrentPhone ?? '' }) : t('account.phone.sentNew')) : '' }), _jsxs("form", { ref: form, onSubmit: sent ? confirm : sendCodes, className: "form", noValidate: true, children: [_jsx(TextField, { label: t('account.phone.new'), hint: t('account.phone.new.hint'), type: "tel", autoComplete: "tel", value: newPhone, onChange: (e) => { setNewPhone(e.target.value); setSent(undefined); }, error: error?.field('newPhone'), required: true }), sent && hasCurrent && (_jsx(TextField, { label: t('account.phone.currentCode'), value: currentPhoneCode, onChange: (e) => setCurrentPhoneCode(e.target.value), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, error: error?.field('currentPhoneCode'), required: true })), sent && (_jsx(TextField, { label: t('account.phone.newCode'), value: newPhoneCode, onChange: (e) => setNewPhoneCode(e.target.value), inputMode: "numeric", autoComplete: "one-time-code", maxLength: 6, error: error?.field('newPhoneCode'), required: true })), _jsxs("p", { children: [_jsx("button", { type: "submit", className: "button", disabled: busy, children: sent ? t('account.phone.submit') : t('account.phone.send') }), ' ', sent && (_jsx("button", { type: "button", className: "button-secondary", disabled: busy, onClick: () => void run(async () => setSent(await api.post('/api/account/phone/codes', { newPhone }))), children: t('account.phone.sendAgain') }))] })] })] }));
}
