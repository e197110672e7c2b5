// The open notebook's kernel is idle, or JupyterLab shows a dialog (for example "Select Kernel").
() => {
  const i = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  return (i && i.dataset.status === 'idle') || document.querySelector('.jp-Dialog');
}
