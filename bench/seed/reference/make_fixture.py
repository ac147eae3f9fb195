"""Runs the seed's handler (seed_handler.py) on a few SQS events with a recording stand-in for
boto3, and prints what it published, logged and returned, as JSON.

    python3 bench/seed/reference/make_fixture.py > tests/bench/fixtures/seed-python-publishes.json

The TypeScript baseline (bench/seed/seed-handler.ts) must reproduce this byte for byte.
"""
import contextlib
import io
import json
import sys
import types

calls = []


class RecordingSns:
    def __init__(self):
        self.fail_topic = None

    def publish(self, TopicArn, Message):
        calls.append({"TopicArn": TopicArn, "Message": Message})
        if TopicArn == self.fail_topic:
            raise RuntimeError("An error occurred (InternalError) when calling the Publish operation")
        return {"MessageId": "m"}


sns = RecordingSns()
sys.modules["boto3"] = types.SimpleNamespace(client=lambda name: sns)
sys.path.insert(0, __file__.rsplit("/", 1)[0])
import seed_handler  # noqa: E402

CASES = [
    {
        "description": "valid, rejected (the word error in any case), non-ASCII and quotes",
        "fail_topic": None,
        "event": {"Records": [
            {"messageId": "id-1", "body": "{\"order_id\":\"ORD-1\",\"currency\":\"EUR\"}"},
            {"messageId": "id-2", "body": "{\"note\":\"simulated ERROR here\"}"},
            {"messageId": "id-3", "body": "caf\u00e9 \u20ac \U0001F600 \"quoted\" \\ back\nslash\ttab"},
            {"messageId": "id-4", "body": "not json at all, no failure word"},
            {"messageId": "id-5", "body": "Error at the start"},
        ]},
    },
    {
        "description": "a success publish that throws is reported on the failure topic",
        "fail_topic": seed_handler.SUCCESS_TOPIC_ARN,
        "event": {"Records": [
            {"messageId": "id-6", "body": "{\"order_id\":\"ORD-6\"}"},
        ]},
    },
]

out = []
for case in CASES:
    calls.clear()
    sns.fail_topic = case["fail_topic"]
    logs = io.StringIO()
    with contextlib.redirect_stdout(logs):
        result = seed_handler.lambda_handler(case["event"], None)
    out.append({
        "description": case["description"],
        "failSuccessTopic": case["fail_topic"] is not None,
        "event": case["event"],
        "publishes": list(calls),
        "stdout": logs.getvalue(),
        "result": result,
    })

print(json.dumps(out, indent=2, ensure_ascii=False))
