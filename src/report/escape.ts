// Escaping for text that comes from a model file or a path (tensor names, descriptions, paths) before it
// goes into markdown or HTML. A model is untrusted input: its names must not open tables, links, HTML,
// code spans or @mentions in a pull-request comment.

/** Control characters and line breaks end a table row or a heading: flatten them to one space. */
function flatten(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Breaks @mentions, #references and bare URLs that GitHub would otherwise link (it matches them in rendered text). */
function defuseMentions(text: string): string {
  return text
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/(:\/\/|\bwww)(?=[.\w])/gi, '$1\u200b');
}

/** Text for HTML contexts (inside `<summary>`, attributes): markdown is not parsed there, entities are. */
export function escapeHtml(text: string): string {
  return defuseMentions(flatten(text)).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Text for markdown contexts, table cells included: HTML special characters become entities and every
 * punctuation that could start emphasis, a link or image, code, math, strikethrough, a table cell or a
 * heading's closing sequence is backslash-escaped. (Lines never start with model text, so list and
 * heading markers at a line start need no escape.)
 */
export function escapeMarkdown(text: string): string {
  return defuseMentions(flatten(text))
    .replace(/[\\`*_[\]#!|~$]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]);
}

/** Shortens long names in the middle, where TFLite names repeat their scope prefix least. */
export function truncateMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return chars.slice(0, head).join('') + '…' + (tail > 0 ? chars.slice(chars.length - tail).join('') : '');
}
