"""Engines: run the per-file stages over a corpus, locally or on a Dask cluster.

partition (per-file and per-article functions, shared by both engines) ; local (process
pool) ; dask_engine (dask.distributed) ; cache (content-addressed per-file results) ;
write (Parquet tables, atomic renames).
"""
