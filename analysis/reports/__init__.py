"""Parameterised notebooks and the report builder.

``python -m analysis build [REPORT ...] [-p NAME=VALUE ...] [-y YAML] [--jobs N]
[--formats ipynb,html,pdf] [--force] [--list]`` builds the reports named in
``reports.yml`` into ``reports/<name>/`` (with non-default parameters
``reports/<name>-<slug>/``, e.g. ``displacement-sdn``) and writes ``reports/index.html``.

- :mod:`~analysis.reports.manifest`: read and check ``reports.yml``.
- :mod:`~analysis.reports.params`: parameter declarations, ``-p``/``-y`` parsing and checks; ``as_list``
  for notebooks run by papermill.
- :mod:`~analysis.reports.grid`: grids, and the names of reports built with other parameters.
- :mod:`~analysis.reports.stamp`: what a build depends on (skip-if-unchanged); ``record_datasets`` for
  notebooks, so the stamp lists the datasets a report used.
- :mod:`~analysis.reports.build`: run notebooks through papermill, publish atomically.
- :mod:`~analysis.reports.render`: self-contained HTML and the WeasyPrint PDF.
- :mod:`~analysis.reports.index`: ``reports/index.html``.
- :mod:`~analysis.reports.cli`: the ``build`` subcommand.
"""
