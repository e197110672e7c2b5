// The characters on the page that no font can draw (shown as empty boxes, "tofu").
// Each distinct non-ASCII character of the visible text is drawn on a canvas in
// its element's font and compared with the drawing of an unassigned code point
// (U+0378: every font draws its "missing glyph" box for it); a match, or a blank
// drawing of a visible character, means the page shows a box there.
(selector) => {
  const canvas = document.createElement('canvas');
  canvas.width = 48; canvas.height = 48;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (ch, font) => {
    g.clearRect(0, 0, 48, 48);
    g.font = font; g.fillStyle = '#000'; g.textBaseline = 'top';
    g.fillText(ch, 4, 4);
    return Array.from(g.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3)).join(',');
  };
  const fonts = new Map();  // character -> a font it is shown in
  const walker = document.createTreeWalker(document.querySelector(selector) || document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    const font = `${style.fontStyle} ${style.fontWeight} 32px ${style.fontFamily}`;
    for (const ch of node.textContent) {
      if (ch.codePointAt(0) > 0x7f && !/\s/u.test(ch) && !fonts.has(ch)) fonts.set(ch, font);
    }
  }
  const blank = draw(' ', '32px sans-serif');
  const missing = [];
  for (const [ch, font] of fonts) {
    const seen = draw(ch, font);
    if (seen === draw('\u0378', font) || seen === blank) missing.push(ch);
  }
  return { checked: fonts.size, missing: missing.join('') };
}
