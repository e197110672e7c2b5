"""Charts in one look for the whole course: each states its finding and has a text twin.

Every chart function takes its data (or loads the course's default table),
draws on the ``ax`` you give it or on a new 8 × 4.5 inch figure, and returns
the matplotlib :class:`~matplotlib.axes.Axes`. It never calls ``plt.show()``
and never touches ``matplotlib.rcParams``: fonts, colours and hatches are set
on the objects themselves. Colours come from the Okabe–Ito palette, and
colour never carries meaning alone: hatches, markers and labels do too, so a
chart survives a greyscale printer. The title states what the chart shows,
computed from the data; a source line sits under every chart.

Each ``chart()`` has a ``describe_chart()`` twin returning one paragraph of
plain text, computed from the same data, for screen readers and notebook prose.

One module per chart family, each with its chart and its text twin:
``acsa`` (:func:`acsa_timeline`), ``lag`` (:func:`ratification_lag`),
``partners`` (:func:`partners_over_time`), ``matrix`` (:func:`agreement_matrix`),
``distances`` (:func:`distances_chart`), ``speakers`` (:func:`quotes_per_speaker`),
``milestones`` (:func:`milestones_timeline`) and ``maps`` (:func:`partner_map`). ``common`` holds what they share; the
look itself (palette, greys, fonts, hatches, markers) is :mod:`helpers.style`.
"""

from .. import mpl_quiet  # noqa: F401  (first: matplotlib imported without its $HOME warnings)
from ..style import FIGSIZE, OKABE_ITO
from .acsa import acsa_timeline, describe_acsa_timeline
from .common import SOURCE_AGREEMENTS, SOURCE_MILESTONES, SOURCE_PLACES, SOURCE_QUOTES
from .distances import describe_distances_chart, distances_chart
from .lag import describe_ratification_lag, ratification_lag
from .matrix import agreement_matrix, describe_agreement_matrix
from .milestones import describe_milestones_timeline, milestones_timeline
from .partners import describe_partners_over_time, partners_over_time
from .speakers import describe_quotes_per_speaker, quotes_per_speaker

__all__ = [
    "FIGSIZE",
    "OKABE_ITO",
    "SOURCE_AGREEMENTS",
    "SOURCE_MILESTONES",
    "SOURCE_PLACES",
    "SOURCE_QUOTES",
    "acsa_timeline",
    "agreement_matrix",
    "describe_acsa_timeline",
    "describe_agreement_matrix",
    "describe_distances_chart",
    "describe_milestones_timeline",
    "describe_partners_over_time",
    "describe_quotes_per_speaker",
    "describe_ratification_lag",
    "distances_chart",
    "milestones_timeline",
    "partners_over_time",
    "quotes_per_speaker",
    "ratification_lag",
]
