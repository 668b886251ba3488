import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MISSING, pageDescription } from '../../src/lib/og/description.ts';

const message = (value: unknown) => pageDescription.safeParse(value).error?.issues[0]?.message;

describe('pageDescription', () => {
  it('accepts text and trims it', () => {
    expect(pageDescription.parse('  Das Peer-to-Peer-Modell.  ')).toBe('Das Peer-to-Peer-Modell.');
  });

  it('stops the build with a German hint when the description is missing', () => {
    expect(message(undefined)).toBe(DESCRIPTION_MISSING);
    expect(DESCRIPTION_MISSING).toContain('description: …');
    expect(DESCRIPTION_MISSING).toContain('Linkvorschau');
  });

  it('rejects empty and non-text descriptions with the same hint', () => {
    expect(message('')).toBe(`„description“ ist leer. ${DESCRIPTION_MISSING}`);
    expect(message('   ')).toBe(`„description“ ist leer. ${DESCRIPTION_MISSING}`);
    expect(message(42)).toBe(`„description“ muss Text sein. ${DESCRIPTION_MISSING}`);
  });
});
