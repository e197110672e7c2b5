// The open notebook's execution indicator says idle (after a restart).
() => {
  const i = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  return i && i.dataset.status === 'idle';
}
