/** A browser notification, when the person allowed them; silent otherwise. */
export function showNotification(title: string, body: string, tag: string) {
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  try {
    new Notification(title, { body, tag });
  } catch {
    // Some mobile browsers allow notifications only from a service worker.
  }
}
