/** Markdown blockquote of `text`, ready to type under: "> line" for each line, then a blank line. */
export function quoteMarkdown(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  if (trimmed === '') return '';
  const quoted = trimmed
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
  return `${quoted}\n\n`;
}

/** Quote added to what is already typed, separated by a blank line. */
export function appendQuote(existing: string, quote: string): string {
  if (quote === '') return existing;
  if (existing.trim() === '') return quote;
  return `${existing.replace(/\s+$/, '')}\n\n${quote}`;
}
