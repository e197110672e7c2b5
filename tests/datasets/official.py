"""The pages a "high" confidence row may cite: governments and official journals."""

#: Pages of governments and official journals: what "high" confidence means.
OFFICIAL = (
    "mofa.go.jp",
    "gov.uk",
    "canada.ca",
    "defensie.nl",
    "legislation.gov.au",
    "legifrance.gouv.fr",
    "auswaertiges-amt.de",
    "emb-japan.go.jp",
)


