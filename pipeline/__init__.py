"""claims: who claimed what, when, on which issue, and for or against it.

`pipeline.load` and `pipeline.Outputs` (`pipeline/load.py`) are imported on first use, not with
the package: they import pandas (~0.3-0.4 s CPU), which `claims eval` and `claims --help` never
need (`claims run` still imports it, through pyarrow, when it writes the tables)."""
import sys
import types

__version__ = "0.1.0"

__all__ = ["load", "Outputs", "__version__"]


class _Package(types.ModuleType):
    """This package's module: `load` and `Outputs` looked up on first use; and `pipeline.load`
    stays the function (as when this file imported it), not the submodule of that name the
    import system sets on the package once it is imported."""

    def __getattr__(self, name: str):
        if name in ("load", "Outputs"):
            import importlib

            return getattr(importlib.import_module("pipeline.load"), name)
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")

    def __setattr__(self, name: str, value) -> None:
        if name == "load" and isinstance(value, types.ModuleType):
            value = value.load
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
