'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { parseQuotes, quoteOfTheDay } = require('../src/quotes.js');

test('parses text | author lines and skips comments', () => {
  const quotes = parseQuotes('# header\n\nA | B\n  Less is more. | Mies | van der Rohe \n');
  assert.deepStrictEqual(quotes, [
    { text: 'A', author: 'B' },
    { text: 'Less is more. | Mies', author: 'van der Rohe' },
  ]);
});

test('rejects a line with no author', () => {
  assert.throws(() => parseQuotes('just text'), SyntaxError);
});

test('quote of the day is stable within a UTC day and moves on the next', () => {
  const quotes = [{ text: 'a' }, { text: 'b' }, { text: 'c' }];
  const morning = quoteOfTheDay(quotes, new Date('2024-05-01T00:00:01Z'));
  const evening = quoteOfTheDay(quotes, new Date('2024-05-01T23:59:59Z'));
  const tomorrow = quoteOfTheDay(quotes, new Date('2024-05-02T08:00:00Z'));
  assert.strictEqual(morning, evening);
  assert.notStrictEqual(morning, tomorrow);
});
