// How many pixels of the open notebook lie below the window (0 when it fits).
() => {
  const n = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')
    || document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
  return n ? n.scrollHeight - n.clientHeight : 0;
}
