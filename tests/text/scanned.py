"""A short article every entity test reads: people with roles, a country, a capital, a ministry, a document, an agreement, a ship."""

from __future__ import annotations

from helpers import parse_article

TEXT = (
    " date 2025-12-19 Foreign Minister Winston Peters met Japan's Defence Minister Gen Nakatani in Tokyo."
    "\n\n\"It matters,\" Peters said. The Ministry of Foreign Affairs said in a statement that the"
    " Reciprocal Access Agreement was signed. HMNZS Aotearoa sailed."
)
ARTICLE = parse_article(TEXT)
