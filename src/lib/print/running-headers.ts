/**
 * Running headers for the handout PDF: every top-level part gets a CSS named page whose top margin
 * box shows the part's title; its sub-parts share that page name, so the header reads "3 Systemdesign"
 * on every page of part 3. Cover and contents carry none. The footer says "Seite N von M".
 * Chromium supports @page margin boxes and named pages (since 131), so no header template is needed.
 */

interface PartLike {
  id: string;
  heading: string;
  level: number;
}

const cssString = (text: string) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

const MARGIN_TEXT = 'font-family: var(--sl-font, sans-serif); font-size: 7.5pt; color: #555;';

/**
 * The page name of every part and the print CSS that gives each name its header.
 *
 * @example
 * runningHeaders([{ id: 'teil-einfuehrung', heading: '1 Einführung', level: 2 }]).pageName.get('teil-einfuehrung') // 'part-1'
 */
export function runningHeaders(parts: PartLike[]): { pageName: Map<string, string>; css: string } {
  const pageName = new Map<string, string>();
  const rules: string[] = [
    `@page { @bottom-right { content: "Seite " counter(page) " von " counter(pages); ${MARGIN_TEXT} vertical-align: top; } }`,
  ];
  let current = '';
  let count = 0;
  for (const part of parts) {
    if (part.level <= 2 || !current) {
      count += 1;
      current = `part-${count}`;
      rules.push(
        `@page ${current} { @top-left { content: ${cssString(part.heading)}; ${MARGIN_TEXT} vertical-align: bottom; } }`,
      );
    }
    pageName.set(part.id, current);
  }
  return { pageName, css: `@media print { ${rules.join('\n')} }` };
}
