import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Link } from 'react-router-dom';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
export function LandingPage() {
    useTitle(t('landing.title'));
    return (_jsxs("article", { className: "landing", children: [_jsx("h1", { children: t('landing.title') }), _jsx("p", { className: "lead", children: t('landing.lead') }), _jsxs("p", { className: "actions", children: [_jsx(Link, { className: "button", to: "/apply", children: t('landing.apply') }), _jsx(Link, { className: "button button-secondary", to: "/login", children: t('landing.signIn') })] }), _jsx("h2", { children: t('landing.steps.title') }), _jsxs("ol", { className: "steps", children: [_jsx("li", { children: t('landing.steps.1') }), _jsx("li", { children: t('landing.steps.2') }), _jsx("li", { children: t('landing.steps.3') })] })] }));
}
