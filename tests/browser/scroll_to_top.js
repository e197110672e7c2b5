// Scroll the open notebook back to its first cell (for the whole-notebook screenshot).
() => {
  const n = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')
    || document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
  if (n) n.scrollTop = 0;
}
