"""Run one piece of work in a forked child under a wall-clock timeout and a memory cap, without sockets.

``kg query`` runs each query this way: a query that runs too long is killed with its process,
and one that allocates past the cap fails in its own process (``RLIMIT_AS``), not the
machine's. The child cannot open a socket (:func:`forbid_sockets`), so even a query that got
past the check could not reach the network; ``kg serve``'s workers run under the same filter. The child sends its answer back pickled through a pipe (both ends are this
program); what it writes on standard error is passed on only when it succeeds, so a failure
is the one line the parent writes.
"""
from __future__ import annotations

import ctypes
import faulthandler
import os
import pickle
import platform
import resource
import select
import signal
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .model import InputError

T = TypeVar("T")
#: The defaults of ``kg query``: seconds of wall-clock time and MB of memory for one query.
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 2048


class LimitExceeded(InputError):
    """Work that ran past its timeout or memory cap, or whose process died."""


@dataclass(frozen=True)
class Limits:
    """How long (seconds) and how much memory (MB beyond what it holds when it starts) work may take."""

    timeout: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB


def cap_memory(megabytes: int | None) -> None:
    """Let this process map at most ``megabytes`` more than it has mapped now (``RLIMIT_AS``).

    Called by the child once its store is open, so the cap is what the work itself may take.
    """
    if megabytes is None:
        return
    with open("/proc/self/statm", encoding="ascii") as statm:
        mapped = int(statm.read().split()[0]) * resource.getpagesize()
    soft = mapped + megabytes * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


#: The ``socket`` system call by machine, and the audit architecture a seccomp filter checks.
_SOCKET_CALLS = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}


def forbid_sockets() -> bool:
    """Make every later ``socket()`` of this process fail with EACCES (a seccomp filter, Linux).

    Pipes and open files keep working; the filter cannot be lifted and passes to children.
    Returns False where it cannot be installed (another system or machine).
    """
    machine = platform.machine()
    if sys.platform != "linux" or machine not in _SOCKET_CALLS:
        return False
    audit_arch, socket_call = _SOCKET_CALLS[machine]
    load, jump_equal, jump_at_least, give = 0x20, 0x15, 0x35, 0x06
    allow, refuse = 0x7FFF0000, 0x00050000 | 13  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EACCES

    def op(code: int, k: int, if_true: int = 0, if_false: int = 0) -> bytes:
        return struct.pack("HBBI", code, if_true, if_false, k)

    program = b"".join([
        op(load, 4), op(jump_equal, audit_arch, 1, 0), op(give, refuse),  # another ABI: refused
        op(load, 0), op(jump_at_least, 0x40000000, 2, 0),  # x32 calls on x86_64: refused
        op(jump_equal, socket_call, 1, 0), op(give, allow), op(give, refuse)])
    code = ctypes.create_string_buffer(program, len(program))

    class Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS, needed to install a filter unprivileged
        return False
    return libc.prctl(22, 2, ctypes.byref(Program(len(program) // 8, ctypes.addressof(code))), 0, 0) == 0


def run_limited(work: Callable[[], T], limits: Limits, what: str = "the query") -> T:
    """``work()`` run in a forked child; its result, or :class:`LimitExceeded` naming ``what``.

    The child cannot open sockets (:func:`forbid_sockets`) and is killed when
    ``limits.timeout`` passes. ``work`` should call :func:`cap_memory` with
    ``limits.memory_mb`` once it is ready to start. Errors it raises are raised here
    (:class:`InputError` and a missing file as they were, others as :class:`LimitExceeded`).
    """
    answer_read, answer_write = os.pipe()
    errors_read, errors_write = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(answer_read)
        os.close(errors_read)
        os.dup2(errors_write, 2)
        faulthandler.disable()  # it may write to a copy of the parent's stderr: a crash is the parent's one line
        _child(work, answer_write, what)
    os.close(answer_write)
    os.close(errors_write)
    answer, errors, status = _collect(pid, answer_read, errors_read, limits.timeout, what)
    if os.WIFSIGNALED(status) or not answer:
        number = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        if number in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS) and limits.memory_mb is not None \
                and any(sign in errors for sign in (b"memory allocation", b"bad_alloc", b"MemoryError")):
            raise LimitExceeded(f"{what} ran out of memory (cap {limits.memory_mb:,} MB) and was stopped")
        cause = f"signal {signal.Signals(number).name}" if number else f"exit status {os.WEXITSTATUS(status)}"
        last = errors.decode("utf-8", "replace").strip().splitlines()
        raise LimitExceeded(f"{what} stopped its process ({cause}{': ' + last[-1] if last else ''})")
    kind, value = pickle.loads(answer)
    if kind == "ok":
        if errors:
            sys.stderr.write(errors.decode("utf-8", "replace"))
        return value
    if kind == "memory":
        raise LimitExceeded(f"{what} ran out of memory (cap {limits.memory_mb:,} MB) and was stopped")
    raise value


def _child(work: Callable[[], object], answer_fd: int, what: str) -> None:
    code = 0
    try:
        try:
            forbid_sockets()
            result = ("ok", work())
        except MemoryError:
            result = ("memory", None)
        except (InputError, FileNotFoundError, NotADirectoryError, PermissionError) as err:
            result = ("raise", err)
        except Exception as err:  # noqa: BLE001 — reported in one line by the parent
            result = ("raise", LimitExceeded(f"{what} failed: {type(err).__name__}: {err}"))
        try:
            data = pickle.dumps(result)
        except Exception:  # noqa: BLE001 — an exception that does not pickle
            data = pickle.dumps(("raise", LimitExceeded(f"{what} failed: {result[1]}")))
        with os.fdopen(answer_fd, "wb") as out:
            out.write(data)
    except BaseException:  # noqa: BLE001 — the parent reports a child without an answer
        code = 1
    finally:
        os._exit(code)  # no cleanup of what the parent owns (its open store, its buffers)


def _collect(pid: int, answer_fd: int, errors_fd: int, timeout: float | None, what: str) -> tuple[bytes, bytes, int]:
    """Read the child's answer and standard error until it closes them; kill it at the deadline."""
    deadline = None if timeout is None else time.monotonic() + timeout
    chunks: dict[int, list[bytes]] = {answer_fd: [], errors_fd: []}
    open_fds = [answer_fd, errors_fd]
    try:
        while open_fds:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise LimitExceeded(f"{what} ran longer than {timeout:g} s and was stopped")
            ready, _, _ = select.select(open_fds, [], [], left)
            for fd in ready:
                data = os.read(fd, 1 << 20)
                if data:
                    chunks[fd].append(data)
                else:
                    open_fds.remove(fd)
        _, status = os.waitpid(pid, 0)
    except BaseException:
        try:  # interrupted (Ctrl-C) or timed out: the child never outlives the call
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        raise
    finally:
        os.close(answer_fd)
        os.close(errors_fd)
    return b"".join(chunks[answer_fd]), b"".join(chunks[errors_fd]), status
