// Note that a run happened: a prompt turned to '*' or the kernel went busy.
// A MutationObserver sees every change, however short the run (run_done.js and first_cell_done.js read it).
() => {
  window.__courseRun = {started: false, firstQueued: false, firstDone: false};
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const look = () => {
    const first = panel.querySelector('.jp-CodeCell .jp-InputArea-prompt');
    if (first) {
      const t = first.textContent;
      if (t.includes('*')) window.__courseRun.firstQueued = true;
      else if (window.__courseRun.firstQueued && /\d/.test(t)) window.__courseRun.firstDone = true;
    }
    const ind = panel.querySelector('.jp-Notebook-ExecutionIndicator');
    if ((ind && ind.dataset.status !== 'idle')
        || Array.from(panel.querySelectorAll('.jp-InputArea-prompt')).some((p) => p.textContent.includes('*'))) {
      window.__courseRun.started = true;
    }
  };
  new MutationObserver(look).observe(panel, {subtree: true, childList: true, characterData: true, attributes: true});
}
