// The open notebook has more than n cells (a new cell was inserted).
(n) => document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell').length > n
