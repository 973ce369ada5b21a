"""Charts for the reports, all in one house style (:mod:`analysis.charts.style`)."""
