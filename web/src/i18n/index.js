import { ru } from './ru';
/** A message from the catalogue, with {name} placeholders filled in. */
export function t(key, values) {
    let text = ru[key];
    if (values)
        for (const [name, value] of Object.entries(values))
            text = text.replaceAll(`{${name}}`, value);
    return text;
}
