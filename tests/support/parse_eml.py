#!/usr/bin/python3
"""Parses a message with Python's email package (the independent oracle for tst_notifier) and prints
JSON: the decoded headers, the content type and charset, the decoded body, and any defects found."""
import json
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

with open(sys.argv[1], "rb") as f:
    raw = f.read()
msg = BytesParser(policy=policy.default).parsebytes(raw)
out = {
    "from": str(msg["From"]),
    "to": str(msg["To"]),
    "to_addr": msg["To"].addresses[0].addr_spec if msg["To"] else "",
    "to_name": msg["To"].addresses[0].display_name if msg["To"] else "",
    "subject": str(msg["Subject"]),
    "message_id": str(msg["Message-ID"]),
    "date_valid": parsedate_to_datetime(str(msg["Date"])) is not None,
    "mime_version": str(msg["MIME-Version"]),
    "content_type": msg.get_content_type(),
    "charset": msg.get_content_charset(),
    "cte": str(msg["Content-Transfer-Encoding"]),
    "body": msg.get_content(),
    "header_names": [k for k in msg.keys()],
    "defects": [str(d) for d in msg.defects],
    "crlf_only": b"\n" not in raw.replace(b"\r\n", b""),
}
print(json.dumps(out))
