"""The service ec2-control replaces, kept to what matters for a benchmark.

Like the original: parameters come from the query string, every request builds a new
boto3 client, one describe_instances call answers (no pagination), and Flask's built-in
server serves it. EC2_ENDPOINT points boto3 at the sandbox; HOST and PORT (0 picks a
free port) say where to listen.
"""

import os

import boto3
from flask import Flask, jsonify, request

app = Flask(__name__)
endpoint = os.environ.get("EC2_ENDPOINT")


@app.route("/ec2/list", methods=["GET", "POST"])
def list_instances():
    client = boto3.client(
        "ec2",
        aws_access_key_id=request.args.get("aws_access_key_id"),
        aws_secret_access_key=request.args.get("aws_secret_access_key"),
        region_name=request.args.get("region_name"),
        endpoint_url=endpoint,
    )
    reservations = client.describe_instances()["Reservations"]
    instances = [
        {
            "id": instance["InstanceId"],
            "instance-type": instance["InstanceType"],
            "instance-state": instance["State"]["Name"],
        }
        for reservation in reservations
        for instance in reservation["Instances"]
    ]
    return jsonify(instances), 200


if __name__ == "__main__":
    # The original ran app.run(debug=True); the debugger and its reloader, which polls
    # every loaded module file each second, are left off so they take no CPU from the
    # processes being measured. The server stays multi-threaded, Flask's default.
    app.run(
        host=os.environ.get("HOST", "127.0.0.1"),
        port=int(os.environ.get("PORT", "0")),
    )
