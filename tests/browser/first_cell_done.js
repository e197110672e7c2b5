// After watch_run.js: the first code cell was queued and has run (a stalled restart never gets here).
() => window.__courseRun.firstDone
