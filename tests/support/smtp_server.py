#!/usr/bin/python3
"""A real SMTP server for tst_notifier (aiosmtpd on 127.0.0.1).

  smtp_server.py --dir OUT --mode starttls|tls|plain [--cert PEM --key PEM] [--auth USER:PASSWORD]

Writes each accepted message to OUT/<n>.eml (the bytes as received) and prints "PORT <n>" once it
listens. STARTTLS mode requires STARTTLS before MAIL; tls mode is implicit TLS; plain offers no TLS
at all (to show the client refuses it). Recipients whose local part is "refused" get a 550. With
--auth, AUTH is required and only USER:PASSWORD is accepted. Runs until stdin closes.
"""
import argparse
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.split("@")[0].lower() == "refused":
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.folder, "%d.eml" % self.count)
        with open(name + ".part", "wb") as f:
            f.write(envelope.original_content)
        with open(name + ".envelope", "w") as f:
            f.write("%s\n%s\n" % (envelope.mail_from, ",".join(envelope.rcpt_tos)))
        os.rename(name + ".part", name)
        return "250 OK queued as test-%d" % self.count


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--mode", choices=["starttls", "tls", "plain"], required=True)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--auth")
    a = p.parse_args()

    context = None
    if a.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.cert, a.key)

    kwargs = {}
    if a.auth:
        user, password = a.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
                  and auth_data.password.decode() == password)
            return AuthResult(success=ok, handled=False)

        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=True)
    if a.mode == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)

    port = free_port()
    handler = Handler(a.dir)
    if a.mode == "tls":
        # Implicit TLS: the server socket speaks TLS from the first byte. AUTH is over TLS already.
        if a.auth:
            kwargs["auth_require_tls"] = False
        controller = Controller(handler, hostname="127.0.0.1", port=port, ssl_context=context,
                                server_hostname="localhost", **kwargs)
    else:
        controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
