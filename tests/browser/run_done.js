// After watch_run.js: a run started, the kernel is idle again, no cell is queued and every chart has loaded.
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const ind = panel.querySelector('.jp-Notebook-ExecutionIndicator');
  const queued = Array.from(panel.querySelectorAll('.jp-InputArea-prompt')).some((p) => p.textContent.includes('*'));
  const loading = Array.from(panel.querySelectorAll('.jp-RenderedImage img')).some((i) => !i.complete);
  return window.__courseRun.started && ind && ind.dataset.status === 'idle' && !queued && !loading;
}
