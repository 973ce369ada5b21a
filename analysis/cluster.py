"""Connecting to Dask: a running scheduler by address, or a local cluster of worker processes.

``--scheduler local`` starts a :class:`distributed.LocalCluster` of worker
processes (one thread each) on this machine and stops it afterwards;
``--scheduler tcp://host:port`` connects to a scheduler someone started
(``dask scheduler`` and ``dask worker``). Workers must be able to import
``analysis`` and read the same paths as the client (same repository,
virtual environment and data folders on every machine).
"""

from __future__ import annotations

import contextlib
import os
from typing import Iterator

from analysis.errors import ParameterError

SCHEMES = ("tcp://", "tls://", "inproc://", "ucx://", "ws://", "wss://")


def check_scheduler(scheduler: str) -> str:
    """``local`` or a scheduler address; anything else is a ParameterError."""
    if scheduler != "local" and not scheduler.startswith(SCHEMES):
        raise ParameterError(f"--scheduler {scheduler!r}: expected 'local' or an address like tcp://host:8786")
    return scheduler


@contextlib.contextmanager
def client(scheduler: str, workers: int | None = None) -> Iterator["distributed.Client"]:  # noqa: F821
    """A Dask client for ``scheduler`` (closed, and a local cluster stopped, on exit)."""
    from distributed import Client, LocalCluster

    check_scheduler(scheduler)
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers or max(1, os.cpu_count() or 1), threads_per_worker=1,
                               processes=True, dashboard_address=":0")
        dask_client = Client(cluster)
    else:
        try:
            dask_client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise ParameterError(f"--scheduler {scheduler}: cannot connect: {exc}") from None
    try:
        yield dask_client
    finally:
        dask_client.close()
        if cluster is not None:
            cluster.close()
