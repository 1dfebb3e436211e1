/**
 * Untrusted data in Markdown. The job summary shows file names, finding and notification
 * messages, refs and gate reasons, and the scanned tree (so all of them) is written by whoever
 * opened the pull request. GitHub renders the summary as GitHub Flavored Markdown (cmark-gfm:
 * CommonMark plus tables, strikethrough, extended autolinks, footnotes, task lists) with inline
 * HTML allowed, then sanitises the HTML. The functions here make data render as the literal
 * characters it holds, in inline context (a paragraph, a list item, a GFM table cell, link text),
 * whatever it contains.
 *
 * Why each rule holds, in CommonMark 0.31 and GFM 0.29 terms:
 *
 * - A backslash before an ASCII punctuation character makes it a literal character, which then
 *   opens or closes nothing (CommonMark "Backslash escapes"). Every ASCII punctuation character
 *   is escaped, so no emphasis, strikethrough, link, image, footnote, code span, heading, list or
 *   block quote marker can start from the data.
 * - `<`, `>` and `&` are written as the entities `&lt;`, `&gt;` and `&amp;`, which the parser
 *   decodes to the literal character in a text node (CommonMark "Entity and numeric character
 *   references"): no raw HTML, no autolink `<...>`, no entity of the data's own. An escaped
 *   backslash before them (`\\` then `&lt;`) stays an escaped backslash. Unlike `\<`, this keeps
 *   `<img` and the like out of the Markdown source altogether, for readers of the raw file.
 * - Line endings (CR LF, CR, LF; and NEL, LS, PS, VT, FF to be safe) become spaces: the data
 *   stays on its line, so it cannot end a table row, start a block (a heading, a fence, an HTML
 *   block) or make a hard line break.
 * - `|` is escaped as `\|`. A GFM table row is split into cells before inline parsing; the
 *   splitter (cmark-gfm's `table_cell = (escaped_char|[^|\r\n])+`, longest match) takes a `|`
 *   right after a backslash into the cell whatever comes before, then drops that one backslash
 *   (`unescape_pipes`) before the inline parser sees the text: `\\\|` (an escaped backslash, an
 *   escaped pipe) is split as one cell and renders `\|`. Outside a table, `\|` is an ordinary
 *   escape. Callers put a space between escaped text and a cell's closing `|` (text ending in an
 *   escaped backslash `\\` would otherwise take that pipe as escaped).
 * - GFM extended autolinks. `http://`, `https://`, `ftp://`: cmark-gfm recognises them when the
 *   inline parser reaches a `:` followed by `//`; an escaped `\:` is consumed by the backslash
 *   rule first, so no `:` of the data ever triggers it. `www.`: recognised only where the source
 *   text reads `www.`, which `www\.` does not. E-mail addresses (also `mailto:`/`xmpp:`) are
 *   different: cmark-gfm finds them after parsing, in text nodes merged with their neighbours
 *   (`cmark_consolidate_text_nodes`), so `a\@b\.c` is linked exactly like `a@b.c`. An address
 *   needs an ASCII letter or digit right after the `@`, so a WORD JOINER (U+2060, invisible, no
 *   line break) is put after every `@`. That also keeps GitHub from turning `@name` into a
 *   mention link after rendering.
 *
 * Not handled, as no markup or link can come of them: other Unicode (bidirectional controls
 * included), and GitHub's rendered-text filters that link `#123` to an issue of the same
 * repository or show `:shipit:` as an emoji. GitHub's `$...$` math, documented for issues, pull
 * requests, wikis and Markdown files but not for job summaries, is not part of GFM; `$` is
 * escaped like all punctuation, and GitHub does not document whether `\$` stops it there.
 */

/** Line endings, and the other characters that some reader might take for one. */
const LINE_ENDINGS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
/** ASCII punctuation: `!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** What `escapeText` puts after every `@`. */
export const WORD_JOINER = '\u2060';

/** `text` with every line ending replaced by a space. */
export function oneLine(text: string): string {
  return text.replace(LINE_ENDINGS, ' ');
}

/**
 * Untrusted `text` for Markdown inline context, GFM table cells included: renders as `text`
 * itself, with line endings as spaces (and an invisible U+2060 after each `@`). Not for the start
 * of a line (four leading spaces there would make an indented code block); the summary always
 * puts something of its own first.
 */
export function escapeText(text: string): string {
  return oneLine(text).replace(ASCII_PUNCTUATION, (c) => ENTITIES[c] ?? (c === '@' ? `\\@${WORD_JOINER}` : `\\${c}`));
}

/**
 * Untrusted `text` as code (monospace), for inline context and GFM table cells: the escaped text
 * in a `<code>` element. A Markdown code span (backticks) can be made safe too (a fence longer
 * than any backtick run inside, a space of padding against a backtick at either end, `|` as `\|`
 * in tables, line endings as spaces), but its content is shown verbatim, so the source would
 * carry `<img ...>` or `![x](...)` as they are, and the Markdown would be safe only for a reader
 * that honours code spans. Inline HTML `<code>` is kept by GitHub's sanitiser, and its content is
 * parsed as Markdown, so `escapeText` applies inside it unchanged.
 */
export function code(text: string): string {
  return `<code>${escapeText(text)}</code>`;
}

/** Characters that stay as they are in a link destination: RFC 3986 unreserved and some delimiters. */
const URL_SAFE = /[A-Za-z0-9\-._~:/?#@!$*+,;=]/;

/** `c` (one code point) percent-encoded as UTF-8; a lone surrogate as U+FFFD. */
function percentEncode(c: string): string {
  return [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/**
 * `url` as a Markdown link destination that no character can end or break: kept are ASCII letters
 * and digits, `-._~:/?#@!$*+,;=` and `%` with two hex digits after it; `&` is written `\&` (no
 * entity can form); everything else (space, controls, `()<>[]{}|\^"'` and backtick, `%` without
 * two hex digits, non-ASCII) is percent-encoded as UTF-8. Not a check of the scheme: the caller
 * decides which URLs to link.
 */
export function safeUrl(url: string): string {
  let out = '';
  let i = 0;
  for (const c of url) {
    if (URL_SAFE.test(c) || (c === '%' && /^[0-9A-Fa-f]{2}$/.test(url.slice(i + 1, i + 3)))) out += c;
    else out += c === '&' ? '\\&' : percentEncode(c);
    i += c.length;
  }
  return out;
}

/**
 * A repository-relative path for a URL: each segment percent-encoded as UTF-8 but for ASCII
 * letters, digits and `-._~` (so `a b/c#(d).py` -> `a%20b/c%23%28d%29.py`).
 */
export function encodePath(relPath: string): string {
  let out = '';
  for (const c of relPath) out += /[A-Za-z0-9\-._~/]/.test(c) ? c : percentEncode(c);
  return out;
}

/** A link: `label` is Markdown already safe (from escapeText or code), `url` goes through safeUrl. */
export function link(label: string, url: string): string {
  return `[${label}](${safeUrl(url)})`;
}
