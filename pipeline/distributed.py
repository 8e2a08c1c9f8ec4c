"""Running a batch on an existing Dask distributed cluster (akn convert --scheduler tcp://HOST:8786).

The workers run the same `convert_document` as the local pool and write into the
output folder, which must therefore be reachable by every worker (a shared file
system); the outcomes come back to the client for the manifest and the catalogue.
"""
from .batch import convert_document
from .errors import InputError


def run_on_cluster(address: str, args: list[tuple]):
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'akn-pipeline[dask]'") from None
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    with client:
        futures = [client.submit(convert_document, *a, pure=False) for a in args]
        for future in as_completed(futures):
            yield future.result()
