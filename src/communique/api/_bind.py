"""Whether the server can listen where it is asked to, checked before it says it serves: a port
another program holds, a host name that resolves to nothing or an address of another machine
was a line 'serving ... at http://HOST:PORT/' followed by uvicorn's bare 'ERROR: [Errno 98] ...'."""

from __future__ import annotations

import errno
import socket

from ..errors import ConfigError

__all__ = ["bind_problem"]

_HINTS = {
    errno.EADDRINUSE: ("the address is already in use (another server runs there?)",
                       "stop the other server, or pick another port with --port"),
    errno.EACCES: ("no permission to listen there (ports below 1024 need root)",
                   "use a port from 1024 up, such as --port 8000"),
    errno.EADDRNOTAVAIL: ("the address is not one of this machine's",
                          "give --host an address of this machine: 127.0.0.1 or 0.0.0.0"),
}


def bind_problem(host: str, port: int) -> ConfigError | None:
    """A ConfigError naming ``host:port`` and the fix when a server cannot listen there, else None."""
    where = f"{host}:{port}"
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as exc:
        return ConfigError(f"cannot resolve the host: {exc}", input=where,
                           hint="give --host an address of this machine: 127.0.0.1 or 0.0.0.0")
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            sock.bind(address)
        except OSError as exc:
            what, hint = _HINTS.get(exc.errno or 0, (f"cannot listen there: {exc.strerror or exc}",
                                                     "pick another --host or --port"))
            return ConfigError(what, input=where, hint=hint)
    return None
