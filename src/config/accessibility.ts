/**
 * What the accessibility statement (Erklärung zur Barrierefreiheit, BITV 2.0 § 7, EU directive
 * 2016/2102) says about who publishes the site, how to reach them and who enforces: the publishing
 * university fills this in (README, „Erklärung zur Barrierefreiheit ausfüllen“). Checked once when
 * the build loads it, with German messages that name the field; the page
 * (content/docs/barrierefreiheit.mdx) only renders it.
 */

export interface AccessibilityConfig {
  /** Who is responsible for the site, e.g. „Hochschule Musterstadt, Fachbereich Informatik“. */
  publisher: string;
  /** Where readers report barriers: an e-mail address (a mailto: link, no form, no third party). */
  contactEmail: string;
  /** Optional further contact lines (phone, postal address), each shown as given. */
  contactLines: readonly string[];
  /** How many weeks the publisher promises to take for an answer (BITV: „angemessene Frist“). */
  answerWithinWeeks: number;
  /** When the site was last evaluated and the statement written (ISO dates, YYYY-MM-DD). */
  evaluatedOn: string;
  statementOn: string;
  /**
   * The enforcement body. Federal bodies: the Schlichtungsstelle nach § 16 BGG (the default). A
   * university of a Land names its Land's body (Landes-Schlichtungs- oder Durchsetzungsstelle).
   */
  enforcement: {
    name: string;
    lines: readonly string[];
    email: string;
    web: string;
  };
}

/** Marks a value the publishing university still has to fill in; the build warns while it stays. */
export const PLACEHOLDER_DOMAIN = 'example-hochschule.de';

export const ACCESSIBILITY: AccessibilityConfig = {
  publisher: 'Hochschule Musterstadt (bitte in src/config/accessibility.ts eintragen)',
  contactEmail: `barrierefreiheit@${PLACEHOLDER_DOMAIN}`,
  contactLines: [],
  answerWithinWeeks: 4,
  evaluatedOn: '2026-11-30',
  statementOn: '2026-11-30',
  enforcement: {
    name: 'Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz (BGG) bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
    lines: ['Mauerstraße 53', '10117 Berlin', 'Telefon: 030 18 527-2805'],
    email: 'info@schlichtungsstelle-bgg.de',
    web: 'https://www.schlichtungsstelle-bgg.de',
  },
};

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every problem with the configuration, in German, naming the field; empty when it can be used.
 *
 * @example
 * accessibilityProblems({ ...ACCESSIBILITY, contactEmail: 'keine' });
 * // ['src/config/accessibility.ts: „contactEmail“ muss eine E-Mail-Adresse sein (erhalten: „keine“).']
 */
export function accessibilityProblems(config: AccessibilityConfig): string[] {
  const where = 'src/config/accessibility.ts';
  const problems: string[] = [];
  const need = (ok: boolean, field: string, what: string, got: unknown) => {
    if (!ok) problems.push(`${where}: „${field}“ muss ${what} sein (erhalten: „${String(got)}“).`);
  };
  need(config.publisher.trim() !== '', 'publisher', 'der Name der verantwortlichen Stelle', config.publisher);
  need(EMAIL.test(config.contactEmail), 'contactEmail', 'eine E-Mail-Adresse', config.contactEmail);
  need(
    EMAIL.test(config.enforcement.email),
    'enforcement.email',
    'eine E-Mail-Adresse',
    config.enforcement.email,
  );
  need(
    /^https:\/\//.test(config.enforcement.web),
    'enforcement.web',
    'eine https-Adresse',
    config.enforcement.web,
  );
  need(
    Number.isInteger(config.answerWithinWeeks) &&
      config.answerWithinWeeks >= 1 &&
      config.answerWithinWeeks <= 26,
    'answerWithinWeeks',
    'eine ganze Zahl von 1 bis 26',
    config.answerWithinWeeks,
  );
  for (const field of ['evaluatedOn', 'statementOn'] as const) {
    const value = config[field];
    need(DATE.test(value) && !Number.isNaN(Date.parse(value)), field, 'ein Datum JJJJ-MM-TT', value);
  }
  return problems;
}

/**
 * The configuration after the check; a bad value stops the build with every problem at once.
 *
 * @example
 * checkedAccessibility().contactEmail; // 'barrierefreiheit@example-hochschule.de'
 */
export function checkedAccessibility(config: AccessibilityConfig = ACCESSIBILITY): AccessibilityConfig {
  const problems = accessibilityProblems(config);
  if (problems.length) throw new Error(problems.join('\n'));
  return config;
}

/**
 * A date of the configuration the German way.
 *
 * @example
 * germanDate('2026-11-30'); // '30. November 2026'
 */
export function germanDate(iso: string): string {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
