/**
 * The chapter index's data: parts → pages → headings, figures, self-check questions and labs.
 * Plain, read-only data; src/lib/chapter/index.ts builds it once per build.
 */
import type { Lab } from '../labs.ts';

export interface PageHeading {
  depth: 2 | 3;
  /** The explicit id (`{#…}`), readable ASCII. */
  id: string;
  /** Plain text without Markdown marks. */
  text: string;
  /** Line in the MDX file. */
  line: number;
}

export interface PageFigure {
  /** Anchor id on its page, e.g. `abb-client-server`. */
  id: string;
  caption: string;
  /** "nach: …" credit for figures redrawn from the deck's sources. */
  source?: string;
  sourceHref?: string;
  line: number;
}

export interface PageSelfCheck {
  /** Question number: 1–23 as in the deck, 24 and on for the pages' self-checks, in reading order. */
  nr: number;
  /** One lowercase letter for a question inserted after question `nr` ("26a"), see question-key.ts. */
  sub?: string;
  question: string;
  /** Root-relative target as written in the MDX: `/einfuehrung/#definition`. */
  href: string;
  line: number;
}

/**
 * A chapter address written as an example in prose (inline code such as
 * `/systemdesign/caching/#verdraengungsstrategien`): it must lead somewhere, like every link.
 */
export interface PageExampleLink {
  /** Root-relative path as written, with an optional heading id. */
  path: string;
  line: number;
}

/** A piece of text a reader sees (prose, a caption, a diagram's description), with its line. */
export interface PageText {
  line: number;
  text: string;
}

/** What one MDX file says, before the chapter puts it in order. */
export interface ParsedPage {
  title: string;
  description: string;
  headings: PageHeading[];
  figures: PageFigure[];
  selfChecks: PageSelfCheck[];
  exampleLinks: PageExampleLink[];
  /** The text readers see, piece by piece: for checks over the wording (terminology test). */
  text: PageText[];
}

export interface Figure extends PageFigure {
  /** Running number across the whole chapter, in reading order. */
  number: number;
  /** Slug of the page the figure stands on ('' for the start page). */
  slug: string;
  /** The page's MDX file, for error messages. */
  file: string;
}

export interface SelfCheck extends PageSelfCheck {
  /** Slug of the page the question stands on. */
  slug: string;
  /** The page's MDX file, for error messages. */
  file: string;
  /** Where the link leads, derived from the target: "1 Einführung › Definition". */
  label: string;
}

export interface Page extends Omit<ParsedPage, 'figures' | 'selfChecks'> {
  /** '' for the start page, `systemdesign/caching` … */
  slug: string;
  /** Root-relative path without base: `/`, `/systemdesign/caching/`. */
  path: string;
  /** The MDX file, relative to the project: `content/docs/systemdesign/caching.mdx`. */
  file: string;
  /** Label of the chapter part, undefined for pages outside the reading order. */
  part: string | undefined;
  /** Position of the page within its part (0 for the part's first page). */
  indexInPart: number;
  figures: Figure[];
  selfChecks: SelfCheck[];
  /** The labs on this page (src/lib/labs.ts), each at one of the page's headings. */
  labs: Lab[];
}

export interface Part {
  label: string;
  pages: Page[];
}

export interface Chapter {
  /** The parts in reading order. */
  parts: Part[];
  /** Every chapter page in reading order. */
  pages: Page[];
  /** Pages outside the reading order (e.g. "Für Lehrende"). */
  extraPages: Page[];
  /** Every figure, numbered in reading order. */
  figures: Figure[];
  /** Every self-check question, in reading order. */
  selfChecks: SelfCheck[];
  /** The glossary (content/docs/glossar.yaml), its section links resolved. */
  glossary: Glossary;
}

/** The glossary file as read from disk. */
export interface GlossarySource {
  /** The YAML file, relative to the project, for error messages. */
  file: string;
  source: string;
}

/** One glossary term. */
export interface GlossaryEntry {
  /** Anchor id on the glossary page, readable ASCII (from the term unless given). */
  id: string;
  /** The German term as the chapter writes it: `Cache-Miss`. */
  term: string;
  /** The English term: `cache miss`. */
  english: string;
  /** One German sentence. */
  definition: string;
  /** Root-relative chapter target that explains the term: `/systemdesign/caching/#caching`. */
  section: string;
  /** Where the definition follows a primary source (book, RFC), if it is not common knowledge. */
  source?: string;
  /** Other forms that count as this term in the text (inflections, the English term in German text). */
  variants: string[];
  /** Words readers may search for instead (search only, never linked). */
  search: string[];
  /** Variants the chapter avoids (the terminology test fails on them); `*` stands for letters. */
  avoid: string[];
  /** Line in the glossary file. */
  line: number;
}

/** A glossary term with its section link resolved by the chapter index. */
export interface ResolvedGlossaryEntry extends GlossaryEntry {
  /** Where the section link leads, in words: "3 Systemdesign › Caching › Caching". */
  sectionLabel: string;
}

/** A spelling rule that is not a glossary term: one form for a word, chosen once. */
export interface StyleRule {
  word: string;
  reason: string;
  avoid: string[];
  line: number;
}

export interface Glossary {
  file: string;
  /** Terms in German alphabetical order. */
  entries: ResolvedGlossaryEntry[];
  rules: StyleRule[];
}
