#!/usr/bin/python3
# Hashes made by the frameworks' own code, for tst_hashimport: reads {"passwords": [...]} as JSON on stdin and
# writes a JSON list of {"tool", "scheme", "usable", "password" (index), "hash"}. Run with Debian's interpreter
# (/usr/bin/python3): python3-django, python3-passlib, python3-bcrypt and python3-argon2 provide the modules.
# A missing module is an error naming its package, never a silent skip.
import json
import sys

PACKAGES = {
    "django": "python3-django",
    "passlib": "python3-passlib",
    "bcrypt": "python3-bcrypt",
    "argon2": "python3-argon2",
}
missing = []
for module, package in PACKAGES.items():
    try:
        __import__(module)
    except ImportError as e:
        missing.append("%s (Debian package %s: %s)" % (module, package, e))
if missing:
    sys.stderr.write("hashgen.py: missing Python modules: %s\n" % "; ".join(missing))
    sys.exit(3)

import argon2
import bcrypt
from django.conf import settings

settings.configure(
    PASSWORD_HASHERS=[
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
        "django.contrib.auth.hashers.BCryptPasswordHasher",
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.SHA1PasswordHasher",
        "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",
        "django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher",
    ]
)
from django.contrib.auth.hashers import Argon2PasswordHasher, make_password
from passlib import hash as ph


class Argon2iPasswordHasher(Argon2PasswordHasher):
    """Django before 3.2 stored argon2$argon2i$…: the same hasher with the older type."""

    def params(self):
        p = super().params()
        return argon2.Parameters(
            type=argon2.low_level.Type.I,
            version=p.version,
            salt_len=p.salt_len,
            hash_len=p.hash_len,
            time_cost=p.time_cost,
            memory_cost=p.memory_cost,
            parallelism=p.parallelism,
        )


def generators():
    # (tool, scheme, usable, handles NUL, function of the password)
    yield "django pbkdf2_sha256", "django-pbkdf2-sha256", True, True, lambda pw: make_password(pw, hasher="pbkdf2_sha256")
    yield "django bcrypt_sha256", "django-bcrypt-sha256", True, True, lambda pw: make_password(pw, hasher="bcrypt_sha256")
    yield "django bcrypt", "django-bcrypt", True, False, lambda pw: make_password(pw, hasher="bcrypt")
    yield "django argon2 (id)", "django-argon2", True, True, lambda pw: make_password(pw, hasher="argon2")
    yield "django argon2 (i)", "django-argon2", True, True, lambda pw: make_password(pw, hasher=Argon2iPasswordHasher())
    yield "django md5", "django-md5", False, True, lambda pw: make_password(pw, hasher="md5")
    yield "django sha1", "django-sha1", False, True, lambda pw: make_password(pw, hasher="sha1")
    yield "django unsalted_md5", "md5", False, True, lambda pw: make_password(pw, hasher="unsalted_md5")
    yield "django unsalted_sha1", "django-unsalted-sha1", False, True, lambda pw: make_password(pw, hasher="unsalted_sha1")
    yield "passlib pbkdf2_sha256", "passlib-pbkdf2-sha256", True, True, lambda pw: ph.pbkdf2_sha256.hash(pw)
    yield "passlib pbkdf2_sha256 (1000 rounds, 64-byte salt)", "passlib-pbkdf2-sha256", True, True, \
        lambda pw: ph.pbkdf2_sha256.using(rounds=1000, salt_size=64).hash(pw)
    yield "passlib bcrypt $2a$", "bcrypt", True, False, lambda pw: ph.bcrypt.using(ident="2a", rounds=5).hash(pw)
    yield "passlib bcrypt $2b$", "bcrypt", True, False, lambda pw: ph.bcrypt.using(ident="2b", rounds=6).hash(pw)
    yield "passlib bcrypt $2y$", "bcrypt", True, False, lambda pw: ph.bcrypt.using(ident="2y", rounds=5).hash(pw)
    yield "passlib md5_crypt", "md5-crypt", False, False, lambda pw: ph.md5_crypt.hash(pw)
    yield "passlib ldap_md5", "ldap-md5", False, True, lambda pw: ph.ldap_md5.hash(pw)
    yield "passlib ldap_sha1", "ldap-sha1", False, True, lambda pw: ph.ldap_sha1.hash(pw)
    yield "passlib hex_md5", "md5", False, True, lambda pw: ph.hex_md5.hash(pw)
    yield "passlib hex_sha1", "sha1", False, True, lambda pw: ph.hex_sha1.hash(pw)
    yield "passlib hex_sha256", "sha256", False, True, lambda pw: ph.hex_sha256.hash(pw)
    yield "python-bcrypt $2b$", "bcrypt", True, False, \
        lambda pw: bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=5, prefix=b"2b")).decode()
    yield "python-bcrypt $2a$", "bcrypt", True, False, \
        lambda pw: bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=4, prefix=b"2a")).decode()
    yield "argon2-cffi id", "argon2id", True, True, lambda pw: argon2.PasswordHasher(type=argon2.Type.ID).hash(pw)
    yield "argon2-cffi i", "argon2i", True, True, lambda pw: argon2.PasswordHasher(type=argon2.Type.I).hash(pw)


def main():
    passwords = json.load(sys.stdin)["passwords"]
    out = []
    for tool, scheme, usable, handles_nul, fn in generators():
        for i, pw in enumerate(passwords):
            if "\0" in pw and not handles_nul:
                continue  # bcrypt libraries refuse NUL bytes outright
            out.append({"tool": tool, "scheme": scheme, "usable": usable, "password": i, "hash": fn(pw)})
    # The NUL cases: a bcrypt hash of a prefix, to be tried with "prefix\0rest".
    for i, pw in enumerate(passwords):
        if "\0" in pw:
            prefix = pw.split("\0", 1)[0]
            out.append({"tool": "python-bcrypt $2b$ of the part before NUL", "scheme": "bcrypt", "usable": True,
                        "password": i, "prefixHash": True,
                        "hash": bcrypt.hashpw(prefix.encode(), bcrypt.gensalt(rounds=4, prefix=b"2b")).decode()})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
