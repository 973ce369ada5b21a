"""Parameterised notebooks and the report builder.

``python -m analysis build [REPORT ...] [-p NAME=VALUE ...] [-y YAML] [--jobs N]
[--formats ipynb,html,pdf] [--force] [--list]`` builds the reports named in
``reports.yml`` into ``reports/<name>/`` and writes ``reports/index.html``.

- :mod:`~analysis.reports.manifest`: read and check ``reports.yml``.
- :mod:`~analysis.reports.params`: parameter declarations, ``-p``/``-y`` parsing and checks.
- :mod:`~analysis.reports.stamp`: what a build depends on (skip-if-unchanged).
- :mod:`~analysis.reports.build`: run notebooks through papermill, publish atomically.
- :mod:`~analysis.reports.render`: self-contained HTML and the WeasyPrint PDF.
- :mod:`~analysis.reports.index`: ``reports/index.html``.
- :mod:`~analysis.reports.cli`: the ``build`` subcommand.
"""
