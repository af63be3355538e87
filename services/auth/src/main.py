"""The service's ASGI app, served by uvicorn: `python -m uvicorn src.main:app`.

A starter written once by `./mvnw -Pgenerate` when the service's build context was created; the
generator never touches it again. It answers GET /health, which the image's HEALTHCHECK calls, and
needs nothing but the standard library: replace it with the service's code.
"""

import json


async def app(scope, receive, send):
    """Answers GET /health with 200 and every other request with 404; completes the lifespan."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    healthy = scope["method"] == "GET" and scope["path"] == "/health"
    body = json.dumps({"status": "ok"} if healthy else {"detail": "not found"}).encode()
    await send({
        "type": "http.response.start",
        "status": 200 if healthy else 404,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
    })
    await send({"type": "http.response.body", "body": body})
