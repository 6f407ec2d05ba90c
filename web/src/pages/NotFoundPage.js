import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Link } from 'react-router-dom';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
export function NotFoundPage() {
    useTitle(t('notFound.title'));
    return (_jsxs("article", { children: [_jsx("h1", { children: t('notFound.title') }), _jsx("p", { children: t('notFound.text') }), _jsx("p", { children: _jsx(Link, { to: "/", children: t('notFound.home') }) })] }));
}
