#!/usr/bin/env python3
"""Import-by-link benchmark: POST /api/v1/jobs/import of a job page served on loopback, end to end.

Publishes the app in Release, serves a realistic job page (about 30 KB: navigation, scripts, a JSON-LD JobPosting with an
entity-escaped description of about 600 words, the same text in the body, a footer) from a plain HTTP server on
127.0.0.1, signs one user up through the API, and imports that page under distinct links (the fetch, the reading, the
de-duplication check, the job's creation with skills and its revision, the answer), after a warm-up. Reports the
median, p90 and p99 of the client's wall time per import. The target is a median under 200 ms.

    python3 bench/import.py             # 200 imports after 20 to warm up
    BENCH_IMPORTS=50 python3 bench/import.py

Only ever talks to 127.0.0.1.
"""
import html, http.server, json, os, shutil, statistics, subprocess, sys, tempfile, threading, time

from loopback import app_settings, call, free_port, publish, start_app

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMPORTS = int(os.environ.get("BENCH_IMPORTS", "200"))
WARMUP = 20

PARAGRAPH = ("You will design, build and run the services behind our payments platform in C# and .NET on PostgreSQL, "
             "with Docker and Kubernetes in production and Terraform for the infrastructure. You will work with product "
             "and design to ship small changes every week, review code, mentor engineers and keep the system observable "
             "with OpenTelemetry and Grafana. ")


def page():
    description = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(10)) + "<ul>" + "".join(f"<li>Skill {i}: Kafka, Redis, gRPC</li>" for i in range(20)) + "</ul>"
    posting = {"@context": "https://schema.org/", "@type": "JobPosting", "title": "Senior Backend Engineer, Payments",
               "description": html.escape(description), "datePosted": "2026-11-30", "validThrough": "2027-01-31T23:59",
               "employmentType": ["FULL_TIME"], "hiringOrganization": {"@type": "Organization", "name": "Acme Payments GmbH"},
               "jobLocation": [{"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin", "addressCountry": "DE"}}],
               "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                              "value": {"@type": "QuantitativeValue", "minValue": "75,000", "maxValue": "95,000", "unitText": "YEAR"}}}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Jobs"}]}
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(80))
    script = "window.__STATE__ = " + json.dumps({"items": [{"id": i, "label": f"Item {i}"} for i in range(400)]}) + ";"
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>Senior Backend Engineer, Payments | Acme Payments</title>"
            f'<meta property="og:title" content="Senior Backend Engineer, Payments"><meta property="og:site_name" content="Acme Payments">'
            f'<script type="application/ld+json">{json.dumps(crumbs)}</script><script type="application/ld+json">{json.dumps(posting)}</script>'
            f"<script>{script}</script></head><body><header><nav><ul>{nav}</ul></nav></header>"
            f"<main><h1>Senior Backend Engineer, Payments</h1>{description}</main><footer><ul>{nav}</ul></footer></body></html>").encode()


class Site(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


def main():
    tmp = tempfile.mkdtemp(prefix="careercopilot-import-")
    app = None
    try:
        publish(ROOT, tmp)
        Site.body = page()
        site_port = free_port()
        server = http.server.ThreadingHTTPServer(("127.0.0.1", site_port), Site)
        threading.Thread(target=server.serve_forever, daemon=True).start()

        app_port = free_port()
        env = app_settings(tmp, app_port, Fetch__AllowPrivateNetworks="true", RateLimits__UrlImportsPerMinute="100000")
        app, base = start_app(tmp, env)
        email = "bench-import@example.test"
        call(base, "POST", "/api/v1/auth/register", {"email": email, "password": "correct violet stapler 42"})
        token = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": "correct violet stapler 42"})["access_token"]
        print(f"[bench] page of {len(Site.body) // 1024} KB; {WARMUP} imports to warm up, then {IMPORTS}", file=sys.stderr)
        times = []
        for i in range(WARMUP + IMPORTS):
            started = time.perf_counter()
            job = call(base, "POST", "/api/v1/jobs/import", {"url": f"http://127.0.0.1:{site_port}/jobs/senior-backend-engineer?n={i}"}, token)
            elapsed = (time.perf_counter() - started) * 1000
            assert job["company"] == "Acme Payments GmbH", job
            if i >= WARMUP:
                times.append(elapsed)
        times.sort()
        pct = lambda p: times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]
        print(f"import of a {len(Site.body) // 1024} KB page on loopback, {len(times)} imports: "
              f"median {statistics.median(times):.1f} ms, p90 {pct(90):.1f} ms, p99 {pct(99):.1f} ms (target: median under 200 ms)")
    finally:
        if app is not None:
            app.terminate()
            app.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
