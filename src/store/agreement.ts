/**
 * What a Cypher file says about itself, read from its text: the `$parameters`
 * it uses and the columns of its final RETURN. test/unit/store.test.ts holds
 * every store declaration against these.
 */

/** Strips `//` comments and string literals so neither can look like a parameter. */
function code(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .join('\n')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

export function parametersOf(text: string): string[] {
  const names = new Set<string>();
  for (const m of code(text).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1]);
  return [...names].sort();
}

/** Splits on commas that are not inside brackets. */
function topLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current);
  return parts;
}

/** `text` up to the first word matching `stop` outside brackets (an ORDER BY inside COLLECT { } is not the RETURN's). */
function untilTopLevel(text: string, stop: RegExp): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && !/\w/.test(text[i - 1] ?? '') && stop.test(text.slice(i))) {
      return text.slice(0, i);
    }
  }
  return text;
}

/** The columns of the last top-level RETURN (not one inside a CALL { } subquery). */
export function columnsOf(text: string): string[] {
  const body = code(text);
  let depth = 0;
  let last = -1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (
      depth === 0 &&
      /^RETURN\b/i.test(body.slice(i, i + 7)) &&
      !/\w/.test(body[i - 1] ?? '')
    )
      last = i;
  }
  if (last < 0) return [];
  const clause = untilTopLevel(
    body.slice(last + 'RETURN'.length),
    /^(?:ORDER\s+BY|SKIP|LIMIT|UNION)\b/i,
  ).replace(/^\s*DISTINCT\b/i, '');
  return topLevel(clause)
    .map((item) => {
      const alias = /\bAS\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s*$/i.exec(item.trim());
      if (alias) return alias[1];
      const tail = /([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(item.trim());
      return tail ? tail[1] : item.trim();
    })
    .sort();
}
