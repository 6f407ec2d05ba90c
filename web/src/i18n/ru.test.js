import { describe, expect, it } from 'vitest';
import { t } from '.';
import { ru } from './ru';
describe('Russian catalogue', () => {
    it('has no empty messages', () => {
        for (const [key, text] of Object.entries(ru))
            expect(text.trim(), key).not.toBe('');
    });
    it('fills placeholders', () => {
        expect(t('invite.codeSent', { address: '+7 912 ***-**-89' })).toContain('+7 912 ***-**-89');
    });
    it('names every application status and organization kind the server sends', () => {
        for (const status of ['pending', 'approved', 'rejected'])
            expect(t(`status.${status}`)).toBeTruthy();
        for (const kind of ['school', 'college', 'additional'])
            expect(t(`kind.${kind}`)).toBeTruthy();
    });
});
