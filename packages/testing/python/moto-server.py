"""Runs moto's EC2-compatible server on a free loopback port.

Prints the port on the first line of stdout, then serves until stdin closes, so the
server never outlives the test process that started it.
"""

import logging
import sys

from moto.server import ThreadedMotoServer

# One access-log line per request would drown the test output.
logging.getLogger("werkzeug").setLevel(logging.ERROR)

server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
print(server.get_host_and_port()[1], flush=True)

sys.stdin.read()
server.stop()
