const dateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short' });
/** A server time (UTC ISO string) in the reader's local time, in Russian. */
export function formatDateTime(iso) {
    return iso ? dateTime.format(new Date(iso)) : '';
}
export function formatSize(bytes) {
    const value = Number(bytes);
    if (value < 1024 * 1024)
        return `${Math.max(1, Math.round(value / 1024))} КБ`;
    return `${(value / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}
