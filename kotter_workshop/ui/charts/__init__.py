"""Results drawn with QPainter: the vote distribution, the spectrum and the quadrant map.

Every chart is coloured from a :class:`~kotter_workshop.ui.theme.Palette`,
sized from the room unit its slide passes to ``set_unit``, and never relies
on colour alone: patterns, outlines, bold text and words carry the meaning too.
"""

from .chart import DistributionChart
from .quadrant import QuadrantMap
from .spectrum import SpectrumBar

__all__ = ["DistributionChart", "QuadrantMap", "SpectrumBar"]
