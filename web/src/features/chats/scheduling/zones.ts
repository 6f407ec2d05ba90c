/** «Екатеринбург, стандартное время (GMT+5)»: a zone said in Russian words, never as «Asia/Yekaterinburg». */
export function zoneName(zone: string): string {
  const name = (style: 'long' | 'shortOffset') =>
    new Intl.DateTimeFormat('ru-RU', { timeZone: zone, timeZoneName: style }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  return `${name('long')} (${name('shortOffset')})`;
}

/** «3 декабря, 08:00» as the clock reads in that zone, so that it matches the hours named beside it. */
export function momentIn(zone: string, moment: string | Date): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone: zone, day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(moment));
}
