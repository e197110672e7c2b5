// No cell of the open notebook waits to run (no '*' prompt).
() => !Array.from(document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt'))
  .some((p) => p.textContent.includes('*'))
