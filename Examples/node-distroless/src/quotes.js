'use strict';

/** Parses `text | author` lines; blank lines and `#` comments are skipped. */
function parseQuotes(source) {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line, index) => {
      const bar = line.lastIndexOf('|');
      if (bar < 0) {
        throw new SyntaxError(`quote ${index + 1} has no "| author": ${line}`);
      }
      return { text: line.slice(0, bar).trim(), author: line.slice(bar + 1).trim() };
    });
}

/** The quote for a day: the same all day (UTC), the next one tomorrow. */
function quoteOfTheDay(quotes, date) {
  const day = Math.floor(date.getTime() / 86400000);
  return quotes[day % quotes.length];
}

module.exports = { parseQuotes, quoteOfTheDay };
