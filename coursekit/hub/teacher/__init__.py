"""The teacher's tools: who solved what (:mod:`.progress`, :mod:`.report`), collect and grade."""

__all__: list[str] = []
