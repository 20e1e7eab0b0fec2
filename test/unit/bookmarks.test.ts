/** The X-Stancegraph-Bookmark header (src/graphql/bookmarks.ts): what is taken, what is refused and why. */
import { parseBookmarkHeader } from '../../src/graphql/bookmarks';

it.each([
  [undefined, []],
  ['', []],
  ['FB:kcwQ3GrlXuZvRoi1Y1wQbJRw6xCQ', ['FB:kcwQ3GrlXuZvRoi1Y1wQbJRw6xCQ']],
  ['FB:a1+/=_.-, FB:b2', ['FB:a1+/=_.-', 'FB:b2']],
])('takes %p as %p', (header, bookmarks) => {
  expect(parseBookmarkHeader(header)).toEqual(bookmarks);
});

it.each([
  ['not a bookmark!', /send back exactly the value of a mutation's extensions.bookmark/],
  ['FB:a,,FB:b', /send back exactly/],
  ['x'.repeat(513), /send back exactly/],
  [Array.from({ length: 17 }, (_, i) => `FB:${i}`).join(','), /^at most 16 bookmarks/],
])('refuses %p, saying what to send', (header, why) => {
  expect(parseBookmarkHeader(header)).toMatch(why);
});
