/**
 * The course's identity, in one place: what the site, the link previews, the handout (page and PDF
 * document info), the embed views and the Common Cartridge call the course. Change it here only.
 */

export const COURSE = {
  /** The site's name: Starlight's title, og:site_name, the embed views' title suffix. */
  siteName: 'Verteilte Softwaresysteme',
  /** The chapter's full title, as the slides name it. */
  title: 'Verteilte Softwaresysteme – Systemarchitektur – Systemdesign',
  /** The course the chapter belongs to. */
  course: 'Software Engineering',
  /** The chapter's number within the course. */
  chapter: 'Kapitel 2',
  /** Authors of the lecture slides the notes follow. */
  authors: ['Bjarne Zaremba', 'Danny Meihöfer'],
  /** One sentence for search engines and Starlight's default meta description. */
  description:
    'Kursnotizen zu Software Engineering, Kapitel 2: verteilte Softwaresysteme, Systemarchitektur und Systemdesign.',
  /** Subject line of the handout PDF's document info. */
  subject: 'Software Engineering: verteilte Softwaresysteme, Systemarchitektur und Systemdesign',
  /** Keywords of the handout PDF's document info. */
  keywords: 'verteilte Systeme, Systemarchitektur, Systemdesign, Skalierung, Caching, Load-Balancing',
  /** Language of every page and document (BCP 47), and its region form for PDF and OpenGraph. */
  lang: 'de',
  locale: 'de-DE',
} as const;

/** "Software Engineering · Kapitel 2": the line under the site name on link-preview cards. */
export const COURSE_LINE = `${COURSE.course} · ${COURSE.chapter}`;

/** "Kapitel 2: Verteilte Softwaresysteme – Systemarchitektur – Systemdesign": the handout's title. */
export const CHAPTER_TITLE = `${COURSE.chapter}: ${COURSE.title}`;
