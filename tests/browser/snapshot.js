// One snapshot of what the learner sees, cell by cell, in the open notebook (nbstored.compare reads it).
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return null;
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const styled = (el) => {
    const a = getComputedStyle(el), b = getComputedStyle(el.parentElement);
    return a.backgroundColor !== b.backgroundColor || a.fontWeight !== b.fontWeight
      || a.textDecorationLine !== 'none' || a.borderBottomStyle !== 'none' || a.borderLeftStyle !== 'none'
      || a.color !== b.color;
  };
  const indicator = panel.querySelector('.jp-Notebook-ExecutionIndicator');
  const cells = Array.from(panel.querySelectorAll('.jp-Notebook .jp-Cell')).map((cell) => {
    const prompt = cell.querySelector('.jp-InputArea-prompt');
    const outputs = Array.from(cell.querySelectorAll('.jp-OutputArea-output'));
    const images = Array.from(cell.querySelectorAll('.jp-OutputArea .jp-RenderedImage img'));
    const quotes = Array.from(cell.querySelectorAll('.jp-OutputArea .hl-quote'));
    const feedback = Array.from(cell.querySelectorAll('.jp-OutputArea .course-feedback'));
    return {
      code: cell.classList.contains('jp-CodeCell'),
      prompt: prompt ? prompt.textContent.trim() : '',
      images: images.filter((i) => i.complete && i.naturalWidth > 0 && visible(i)).length,
      scaled: images.filter((i) => i.naturalWidth > 0 && i.width < 0.6 * i.naturalWidth)
                    .map((i) => [i.naturalWidth, Math.round(i.width)]),
      quotes: quotes.filter(visible).length,
      unstyled: quotes.filter((q) => visible(q) && !styled(q)).length,
      feedback: feedback.filter(visible).length,
      stderr: outputs.filter((o) => o.dataset.mimeType === 'application/vnd.jupyter.stderr').map((o) => o.textContent.slice(0, 400)),
      wide: outputs.filter((o) => o.scrollWidth > o.clientWidth + 2).map((o) => [o.scrollWidth, o.clientWidth]),
      tall: outputs.filter((o) => o.scrollHeight > 2000).map((o) => o.scrollHeight),
    };
  });
  return {status: indicator ? indicator.dataset.status : null, cells};
}
