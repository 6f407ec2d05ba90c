import type { ProblemDetails } from './types';

/** What a form's alert says about a refusal. */
export interface ProblemText {
  title?: string;
  lines: string[];
}

/**
 * The server's own words for a refusal, for the alert above a form. A validation problem's title is only
 * «Проверьте введённые данные»; its reasons are per field, and a form shows beside its inputs only the
 * fields it has (`shown`). Every other field's message goes into the alert — a lone one becomes the title
 * («Регистрация учеников 1–4 классов закрыта…») — so no reason the server gave is thrown away.
 */
export function problemText(problem: Pick<ProblemDetails, 'title' | 'detail' | 'errors'>, shown: readonly string[] = []): ProblemText {
  const isShown = (field: string) => shown.includes(field) || shown.includes(field.replace(/\[\d+\]$/, ''));
  const fields = Object.keys(problem.errors ?? {});
  const unshown = [...new Set(fields.filter((field) => !isShown(field)).flatMap((field) => problem.errors?.[field] ?? []))];
  const detail = problem.detail ? [problem.detail] : [];
  if (unshown.length === 1 && detail.length === 0 && fields.every((field) => !isShown(field))) return { title: unshown[0], lines: [] };
  return { title: problem.title, lines: [...detail, ...unshown] };
}
