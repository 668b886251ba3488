/**
 * Every page needs a description: search engines, Starlight's `<meta name="description">` and the
 * link preview in Moodle, Teams or a chat all show it. Starlight treats it as optional and falls
 * back to the site's description, which would give every preview the same text; this schema makes
 * a missing one a build error that says what to do.
 */
import { z } from 'astro/zod';

export const DESCRIPTION_MISSING =
  'Jede Seite braucht eine Beschreibung. Ergänzen Sie im Frontmatter eine Zeile „description: …“ ' +
  '(ein bis zwei Sätze über den Inhalt der Seite). Sie erscheint in Suchmaschinen und in der ' +
  'Linkvorschau, wenn jemand die Seite in Moodle, Teams oder einen Chat einfügt.';

/**
 * The frontmatter field `description`: required, non-empty text.
 *
 * @example
 * pageDescription.parse('Das Client-Server-Modell.') // 'Das Client-Server-Modell.'
 * pageDescription.safeParse(undefined).error?.issues[0]?.message // DESCRIPTION_MISSING
 */
export const pageDescription = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? DESCRIPTION_MISSING
        : `„description“ muss Text sein. ${DESCRIPTION_MISSING}`,
  })
  .trim()
  .min(1, { error: `„description“ ist leer. ${DESCRIPTION_MISSING}` });
