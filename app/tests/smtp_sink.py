#!/usr/bin/python3
"""A real SMTP server for the mail tests (Debian's python3-aiosmtpd).

Every message it accepts is written to DIR as NNNN.eml. It can misbehave on purpose:
--refuse N answers the first N messages with 451 (try again later), --drop N closes the
connection on the first N messages before answering (the client cannot know whether it
arrived, so the message is not kept, as a real server would not keep it). Recipients at
unknown@ are refused for good (550). Prints "ready" once listening.
"""
import argparse
import os
import signal

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, directory, refuse, drop):
        self.directory = directory
        self.refuse = refuse
        self.drop = drop
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("unknown@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.drop > 0:
            self.drop -= 1
            server.transport.abort()
            return "421 4.3.0 Closing"
        if self.refuse > 0:
            self.refuse -= 1
            return "451 4.3.0 Please try again later"
        self.count += 1
        path = os.path.join(self.directory, f"{self.count:04d}.eml")
        with open(path + ".part", "wb") as file:
            file.write(envelope.original_content or envelope.content)
        os.rename(path + ".part", path)
        return "250 2.0.0 Accepted"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--refuse", type=int, default=0)
    parser.add_argument("--drop", type=int, default=0)
    args = parser.parse_args()
    controller = Controller(
        Handler(args.dir, args.refuse, args.drop), hostname="127.0.0.1", port=args.port
    )
    controller.start()
    print("ready", flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    main()
