/**
 * What this chapter's cartridge adds to the link manifest: each lab item leads to the lab in its
 * chapter page (its short link, which keeps a ?query with a scenario) instead of the chrome-less
 * embed view, and a last folder „Materialien“ holds the handout PDFs, the whole chapter's deck and
 * the slides PDFs. Every address comes from where the site makes it: the lab list (labs.ts), the
 * link manifest (the deck) and the PDF modules (print/handout.ts, print/slides.ts).
 */
import { embedPath, LABS, shortLinkPath } from '../labs.ts';
import type { LinkManifest } from '../links/types.ts';
import { HANDOUT_FILES } from '../print/handout.ts';
import { slidesPdfDecks, slidesPdfPaths } from '../print/slides.ts';
import { CHAPTER_DECK_PATH } from '../slides/decks.ts';
import type { CartridgeExtras, ExtraLink } from './outline.ts';

/** The title of the cartridge's last folder. */
export const MATERIALS_FOLDER = 'Materialien';

/**
 * The chapter's extras for the cartridge: lab short links and the „Materialien“ folder (handout
 * without and with solutions, the chapter deck, then the slides PDF of every deck that has one).
 *
 * @example
 * chapterExtras(collectManifest(site, base)).labLinks['/embed/caching/'] // '/labor/caching/'
 * chapterExtras(collectManifest(site, base)).folder.links.map((link) => link.path)
 * // ['/handout-ohne-loesungen.pdf', '/handout.pdf', '/vortrag/kapitel/', '/vortrag/kapitel/folien.pdf', …]
 */
export function chapterExtras(manifest: LinkManifest): Required<CartridgeExtras> {
  const deck = manifest.targets.find((target) => target.kind === 'deck' && target.id === CHAPTER_DECK_PATH);
  if (!deck) {
    throw new Error(
      `Kursvorlage: Im Link-Manifest fehlt der Foliensatz des ganzen Kapitels (${CHAPTER_DECK_PATH}).`,
    );
  }
  const pdf = (path: string, title: string): ExtraLink => ({ id: path, kind: 'pdf', title, path });
  const links: ExtraLink[] = [
    pdf(`/${HANDOUT_FILES.student}`, 'Handout ohne Lösungen (PDF)'),
    pdf(`/${HANDOUT_FILES.full}`, 'Handout mit Musterantworten (PDF)'),
    { id: deck.id, kind: 'deck', title: deck.title, path: deck.id },
    ...slidesPdfDecks().map((slides) =>
      pdf(slidesPdfPaths(slides.path).slides, `Folien (PDF): ${slides.title}`),
    ),
  ];
  return {
    labLinks: Object.fromEntries(LABS.map((lab) => [embedPath(lab), shortLinkPath(lab)])),
    folder: { title: MATERIALS_FOLDER, links },
  };
}
