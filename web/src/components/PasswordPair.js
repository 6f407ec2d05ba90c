import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { TextField } from './Form';
import { t } from '../i18n';
/** A new password typed twice, so a typo on a phone keyboard does not lock the person out. */
export function PasswordPair({ password, repeat, onPassword, onRepeat, label, repeatLabel, hint, error, repeatError }) {
    return (_jsxs(_Fragment, { children: [_jsx(TextField, { label: t(label), hint: t(hint), type: "password", autoComplete: "new-password", value: password, onChange: (e) => onPassword(e.target.value), error: error, required: true }), _jsx(TextField, { label: t(repeatLabel), type: "password", autoComplete: "new-password", value: repeat, onChange: (e) => onRepeat(e.target.value), error: repeatError, required: true })] }));
}
