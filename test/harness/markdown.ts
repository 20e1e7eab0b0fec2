/**
 * Just enough Markdown reading for test/unit/docs.test.ts: the relative links
 * of a page, the anchors its headings get on GitHub, and the lines of a fenced
 * block under a heading. Fenced code and inline code are not prose, so links
 * and headings inside them do not count (a `# comment` in a code sample is
 * not a heading).
 */

export interface MarkdownLink {
  /** The link's target as written, e.g. `docs/API.md#errors`. */
  target: string;
  /** 1-based line of the link in its page. */
  line: number;
}

/** Each line of `text`, with the lines of fenced code blocks blanked out. */
export function unfencedLines(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** Links and images whose target is not a URL with a scheme (`http:`, `mailto:`, …). */
export function relativeLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  unfencedLines(text).forEach((line, i) => {
    for (const m of line
      .replace(/`[^`]*`/g, '``')
      .matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1];
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) links.push({ target, line: i + 1 });
    }
  });
  return links;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor the page's headings give, duplicates numbered as GitHub numbers them. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of unfencedLines(text)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const slug = headingSlug(m[1]);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/** The lines of the first fenced block after the heading `heading` (e.g. `## Folder map`). */
export function fencedBlockUnder(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.trim() === heading);
  if (at < 0) throw new Error(`no heading "${heading}"`);
  const open = lines.findIndex((line, i) => i > at && /^\s*```/.test(line));
  const close = lines.findIndex((line, i) => i > open && /^\s*```/.test(line));
  if (open < 0 || close < 0) throw new Error(`no fenced block under "${heading}"`);
  return lines.slice(open + 1, close);
}

/** The contents of every fenced block of the language `lang` (e.g. `graphql`). */
export function fencedBlocks(text: string, lang: string): string[] {
  return [...text.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gm)]
    .filter((m) => m[1] === lang)
    .map((m) => m[2]);
}
