"""`claims`: the command line, a thin layer over `pipeline.engine.local`, `pipeline.eval.evaluate` and
`pipeline.report.page`. User errors are one `Error: ...` line on stderr and exit code 1; usage
errors exit 2."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

import typer

from pipeline import __version__
from pipeline.config import load_config
from pipeline.errors import ClaimsError, UserError

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Turn a folder of raw news articles into a table of who claimed what, when, on which "
         "issue, and for or against it.\n\nExample: claims run corpus/ --out outputs/",
)


def fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)


@contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except ClaimsError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        typer.echo("Interrupted: previous outputs are intact; the next run resumes.", err=True)
        raise typer.Exit(130)


def show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


@contextmanager
def progress_bar(enabled: bool):
    """A rich progress bar on a terminal; a no-op callback otherwise."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(phase, total=total)
            bar.update(tasks[phase], completed=done, total=total)

        yield update


def once_started(update: Callable[[str, int, int], None] | None,
                 hook: Callable[[], None]) -> Callable[[str, int, int], None]:
    """A progress callback that calls `hook` once, at the run's first progress (its worker
    processes exist by then, so a thread `hook` starts is never inside a fork), then passes
    every call on to `update`.

    >>> seen = []
    >>> progress = once_started(lambda *a: seen.append(a), lambda: seen.append("hook"))
    >>> progress("prepare", 1, 2); progress("prepare", 2, 2); seen
    ['hook', ('prepare', 1, 2), ('prepare', 2, 2)]
    """
    started = False

    def progress(phase: str, done: int, total: int) -> None:
        nonlocal started
        if not started:
            started = True
            hook()
        if update is not None:
            update(phase, done, total)

    return progress


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Turn a folder of raw news articles into a table of who claimed what, when, on which
    issue, and for or against it.

    Example: claims run corpus/ --out outputs/
    """


@app.command("run")
def run_command(
    corpus: Path = typer.Argument(..., help="Folder of raw article files (any depth)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder."),
    config: Optional[Path] = typer.Option(None, "--config", "-c",
                                          help="Config file [default: configs/default.toml]."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="Worker processes (default from config)."),
    engine: Optional[str] = typer.Option(None, "--engine", help="local or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address, e.g. tcp://host:8786 "
                                                 "(default: start a LocalCluster)."),
    reference_time: Optional[str] = typer.Option(
        None, "--reference-time",
        help="Resolve relative datelines ('6 days ago') against this ISO time, or 'mtime' "
             "for each file's modification time."),
    date_order: Optional[str] = typer.Option(None, "--date-order",
                                             help="Order of numeric dates: DMY, MDY or YMD."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Recompute every file."),
    report: bool = typer.Option(True, "--report/--no-report",
                                help="Also write OUT/report.html."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
) -> None:
    """Extract claims from every article in CORPUS into OUT/claims.parquet,
    OUT/articles.parquet and OUT/manifest.json.

    Example: claims run corpus/ --out outputs/ --workers 2 --reference-time 2025-08-20
    """
    from pipeline.engine.local import ensure_not_same, parse_reference_time, run, with_overrides

    with user_errors():
        if engine is not None and engine not in ("local", "dask"):
            raise UserError(f"--engine must be 'local' or 'dask', got {engine!r}")
        if date_order is not None and date_order.upper() not in ("DMY", "MDY", "YMD"):
            raise UserError(f"--date-order must be DMY, MDY or YMD, got {date_order!r}")
        parse_reference_time(reference_time)
        ensure_not_same(corpus, out)
        cfg = load_config(config)
        cfg = with_overrides(
            cfg,
            run={"workers": workers, "engine": engine, "cache": False if no_cache else None},
            dates={"reference_time": reference_time,
                   "date_order": date_order.upper() if date_order else None})
        with progress_bar(show_progress(quiet)) as update:
            if report:   # the report's script bundle is made while the run parses
                from pipeline.report.page import prefetch_vega_bundle

                update = once_started(update, prefetch_vega_bundle)
            result = run(corpus, out, cfg, progress=update, scheduler=scheduler)
        if report:
            from pipeline.report.page import build_report

            build_report(out, out / "report.html")
        if not quiet:
            typer.echo(summary(result))


def summary(result) -> str:
    status = result.status
    lines = [
        f"files read: {result.files} ({status.get('ok', 0)} ok, {status.get('skipped', 0)} "
        f"skipped, {status.get('failed', 0)} failed)",
        f"articles: {result.articles} ({result.duplicates} duplicates)",
        f"claims: {result.claims} ({result.claim_rows} rows), speakers: {result.speakers}, "
        f"issues: {result.issues}",
    ]
    for path, state, reason in result.problems[:20]:
        lines.append(f"  {state}: {path}: {reason}")
    if len(result.problems) > 20:
        lines.append(f"  ... and {len(result.problems) - 20} more (see manifest.json)")
    lines.append(f"time: {result.seconds:.1f}s; outputs in {result.out}/")
    return "\n".join(lines)


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(..., help="Gold JSONL (format of shared/gold/README.md)."),
    predictions: Optional[Path] = typer.Option(None, "--predictions", "-p",
                                               help="Write predictions JSONL here."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Config file."),
    kinds: Optional[str] = typer.Option(
        None, "--kinds", help="Score only gold quotes of these kinds, comma-separated (e.g. "
        "direct or indirect,mixed); an unmatched prediction of another kind is ignored."),
    min_words: int = typer.Option(
        0, "--min-words", min=0, help="Score only gold quotes of at least N words (claim-sized "
        "content); an unmatched prediction shorter than N words is ignored."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Score the extractor on gold data: quote P/R/F1, speaker accuracy, end-to-end P/R/F1,
    issue and stance scores (the figures of shared/tools/score.py, same options).

    Example: claims eval ../shared/gold/seeds.jsonl --predictions outputs/pred.jsonl
    --min-words 6 --kinds indirect,mixed
    """
    from pipeline.eval.evaluate import evaluate, format_report
    from pipeline.eval.score import View, parse_kinds

    with user_errors():
        if not gold.is_file():
            raise UserError(f"gold file not found: {gold}")
        view = View(parse_kinds(kinds), min_words)
        if kinds is not None and view.kinds is None:
            raise UserError("--kinds needs at least one kind, e.g. --kinds direct")
        cfg = load_config(config)
        with progress_bar(show_progress(quiet)) as update:
            step = (lambda done, total: update("eval", done, total)) if update else None
            result = evaluate(gold, cfg, predictions, progress=step, view=view)
        typer.echo(format_report(result))


@app.command("report")
def report_command(
    outputs: Path = typer.Argument(Path("outputs"), help="Output folder of `claims run`."),
    html: Optional[Path] = typer.Option(None, "--html", help="Report file "
                                        "[default: OUTPUTS/report.html]."),
) -> None:
    """Write a self-contained HTML report (charts and tables) of a run's outputs.

    Example: claims report outputs/ --html outputs/report.html
    """
    from pipeline.report.page import build_report

    with user_errors():
        if not outputs.is_dir():
            raise UserError(f"outputs folder not found: {outputs}")
        try:
            path = build_report(outputs, html)
        except (FileNotFoundError, ValueError) as exc:
            raise UserError(str(exc)) from None
        typer.echo(f"report written to {path}")


issues_app = typer.Typer(no_args_is_help=True,
                         help="Tools for taxonomy authors (configs/issues.toml).")
app.add_typer(issues_app, name="issues")


@issues_app.command("check")
def issues_check_command(
    corpus: Path = typer.Argument(..., help="Folder of raw article files (any depth)."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Config file; the taxonomy "
                                          "it names is checked [default: configs/default.toml]."),
    top: int = typer.Option(5, "--top", min=1, help="Candidate phrases shown per issue."),
) -> None:
    """Check an issue taxonomy on a corpus: per issue, how many claims it tags, which of its
    terms never match a claim, and the most frequent phrases around its words in claims it
    does not tag (candidate terms to add).

    Example: claims issues check corpus/ --config configs/default.toml
    """
    from pipeline.issues.check import check_corpus, format_check

    with user_errors():
        if not corpus.is_dir():
            raise UserError(f"corpus folder not found: {corpus}")
        typer.echo(format_check(check_corpus(corpus, load_config(config), top=top)))


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
