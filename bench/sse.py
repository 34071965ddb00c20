#!/usr/bin/env python3
"""Live streams benchmark: the jobs page with and without idle SSE clients held open, and the memory an idle stream costs.

Publishes the app in Release, signs one user up through the API, gives them 200 jobs, signs in through the real login
form (a cookie, as a browser), then:
  1. measures GET /jobs (the whole page) sequentially after a warm-up: median, p90, p99;
  2. opens N idle event streams (GET /api/v1/events with the user's token, raw sockets that read nothing but the
     opening comment) and reads the process's resident memory before and after, over N: the cost of one idle stream;
  3. measures GET /jobs again with the streams open.
Reports both p99s and their ratio. The target: the p99 with the streams open within 20% of the p99 without.

    python3 bench/sse.py                          # 200 streams, 300 page loads a phase
    BENCH_STREAMS=20 BENCH_REQUESTS=50 python3 bench/sse.py

The per-user stream cap (Events:MaxStreamsPerUser) is raised for the run so one user can hold them all.
Only ever talks to 127.0.0.1.
"""
import http.cookiejar, os, re, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request

from loopback import app_settings, call, free_port, publish, start_app

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STREAMS = int(os.environ.get("BENCH_STREAMS", "200"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))
WARMUP = 30
JOBS = 200
PASSWORD = "correct violet stapler 42"


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS:")).split()[1])


def signed_in_browser(base, email):
    """A cookie-keeping client signed in through the login form, antiforgery token and all."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(base + "/account/login", timeout=60).read().decode()
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', form).group(1)
    body = urllib.parse.urlencode({"Input.Email": email, "Input.Password": PASSWORD, "__RequestVerificationToken": token}).encode()
    opener.open(base + "/account/login", data=body, timeout=60).read()
    page = opener.open(base + "/jobs", timeout=60)
    assert page.geturl().endswith("/jobs"), page.geturl()
    return opener


def page_times(opener, base, count):
    times = []
    for i in range(WARMUP + count):
        started = time.perf_counter()
        with opener.open(base + "/jobs", timeout=60) as response:
            response.read()
            assert response.status == 200
        if i >= WARMUP:
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]
    return statistics.median(times), pct(90), pct(99)


def open_stream(port, token):
    """An idle client: the request, then the headers and the opening comment; after that it reads nothing."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall((f"GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n"
                  f"Authorization: Bearer {token}\r\n\r\n").encode())
    received = b""
    while b": open" not in received:
        chunk = sock.recv(4096)
        if not chunk:
            raise RuntimeError("stream closed: " + received.decode(errors="replace"))
        received += chunk
    if not received.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(received.decode(errors="replace"))
    return sock


def main():
    tmp = tempfile.mkdtemp(prefix="careercopilot-sse-")
    app = None
    streams = []
    try:
        publish(ROOT, tmp)
        port = free_port()
        env = app_settings(tmp, port, Events__MaxStreamsPerUser=str(STREAMS + 10))
        app, base = start_app(tmp, env)
        email = "bench-sse@example.test"
        call(base, "POST", "/api/v1/auth/register", {"email": email, "password": PASSWORD})
        token = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})["access_token"]
        call(base, "PUT", "/api/v1/profile", {"skills": ["C#", "PostgreSQL", "Docker"], "preferred_locations": ["Berlin", "Remote"]}, token)
        print(f"[bench] {JOBS} jobs", file=sys.stderr)
        for i in range(JOBS):
            call(base, "POST", "/api/v1/jobs", {"company": f"Company {i}", "title": f"Engineer {i}", "location": "Berlin",
                                                "tech_stack": ["C#", "Kubernetes", "PostgreSQL"][: 1 + i % 3]}, token)
        browser = signed_in_browser(base, email)

        print(f"[bench] GET /jobs x {REQUESTS} without streams", file=sys.stderr)
        without = page_times(browser, base, REQUESTS)

        time.sleep(1)
        before = rss_kb(app.pid)
        print(f"[bench] opening {STREAMS} idle streams", file=sys.stderr)
        for _ in range(STREAMS):
            streams.append(open_stream(port, token))
        time.sleep(2)
        after = rss_kb(app.pid)

        print(f"[bench] GET /jobs x {REQUESTS} with {STREAMS} streams open", file=sys.stderr)
        with_streams = page_times(browser, base, REQUESTS)

        print(f"jobs page ({JOBS} jobs), {REQUESTS} loads a phase: without streams median {without[0]:.1f} ms, p90 {without[1]:.1f} ms, "
              f"p99 {without[2]:.1f} ms; with {STREAMS} idle streams median {with_streams[0]:.1f} ms, p90 {with_streams[1]:.1f} ms, "
              f"p99 {with_streams[2]:.1f} ms; p99 ratio {with_streams[2] / without[2]:.2f} (target: at most 1.20)")
        print(f"memory: resident {before / 1024:.1f} MB before the streams, {after / 1024:.1f} MB with {STREAMS} open: "
              f"about {(after - before) / STREAMS:.1f} KB per idle stream (resident set, so approximate)")
    finally:
        for sock in streams:
            sock.close()
        if app is not None:
            app.terminate()
            app.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
