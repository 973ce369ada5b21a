"""Every table and chart carries its data: a CSV inside the link itself (analysis.display.csv_link)."""

from __future__ import annotations

import base64
import io
import re

import pandas as pd

from analysis.display import csv_link


def test_csv_link_holds_the_frame() -> None:
    frame = pd.DataFrame({"place": ["Idlib", "Ḥamāh, \"north\""], "deaths": [12, 3]})
    link = csv_link(frame, "table-1.csv")
    assert 'download="table-1.csv"' in link and "2 rows" in link
    data = re.search(r'base64,([A-Za-z0-9+/=]+)"', link).group(1)
    back = pd.read_csv(io.StringIO(base64.b64decode(data).decode("utf-8")))
    pd.testing.assert_frame_equal(back, frame)


def test_csv_link_escapes_the_name() -> None:
    assert 'download="a&quot;b.csv"' in csv_link(pd.DataFrame({"x": [1]}), 'a"b.csv')
