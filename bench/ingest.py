#!/usr/bin/env python3
"""Ingestion benchmark: a nightly run over 10,000 postings from a fake job board, fanned out to 100 users.

Publishes the app in Release, serves 20 Greenhouse boards of 500 postings each from a fake board on loopback (one in
ten is the same job as on another board, under a link with tracking parameters), signs up 100 users through the API
with their skills, places and five sources each, then times `--ingest` (the nightly run, once) from a copy of that
seeded database, several times, and reports the median time and the peak memory of the process.

    python3 bench/ingest.py            # 3 runs
    BENCH_RUNS=1 python3 bench/ingest.py

Only ever talks to 127.0.0.1.
"""
import http.server, json, os, random, re, shutil, statistics, subprocess, sys, tempfile, threading, time

from loopback import app_settings, call, free_port, publish, start_app

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
BOARDS, PER_BOARD, USERS, SOURCES_PER_USER = 20, 500, 100, 5
random.seed(7)

SKILLS = ["C#", ".NET", "Python", "Java", "Go", "TypeScript", "React", "PostgreSQL", "Kubernetes", "Docker", "AWS", "Terraform",
          "Kafka", "Redis", "GraphQL", "Node.js", "Rust", "Django", "Spring Boot", "Azure"]
TITLES = ["Backend Engineer", "Frontend Engineer", "Data Engineer", "Platform Engineer", "Site Reliability Engineer",
          "Full Stack Developer", "Machine Learning Engineer", "Mobile Developer", "Security Engineer", "Engineering Manager"]
LEVELS = ["", "Senior ", "Staff ", "Junior ", "Lead "]
PLACES = ["Berlin", "London", "Lisbon", "Amsterdam", "Paris", "New York", "Toronto", "Remote", "Madrid", "Warsaw"]
TEAMS = ["Payments", "Search", "Checkout", "Identity", "Growth", "Billing", "Data Platform", "Mobile", "Logistics", "Risk",
         "Messaging", "Onboarding", "Pricing", "Catalogue", "Analytics", "Infrastructure", "Developer Tools", "Ads", "Maps", "Support"]
SUBJECTS = ["You", "Our team", "The group", "Together we", "In this role you"]
VERBS = ["design", "build", "run", "improve", "measure", "simplify", "secure", "scale", "document", "test"]
OBJECTS = ["services that thousands of people rely on", "the platform our merchants use every day", "tools our support staff love",
           "pipelines that move data between teams", "APIs that partners integrate with", "the parts of the product that make money",
           "systems that must never lose a message", "features that ship every week", "the code that keeps prices right",
           "dashboards that leadership reads on Mondays"]
PERKS = ["a learning budget", "flexible hours", "thirty days of holiday", "a yearly team trip", "a pension plan", "parental leave",
         "a home-office budget", "shares", "a bike scheme", "free lunches"]


def posting(board, i):
    skills = random.sample(SKILLS, 4)
    title = f"{random.choice(LEVELS)}{random.choice(TITLES)}, {random.choice(TEAMS)}"
    sentences = [f"{random.choice(SUBJECTS)} will {random.choice(VERBS)} {random.choice(OBJECTS)}." for _ in range(6)]
    text = (" ".join(sentences) + f" We offer {', '.join(random.sample(PERKS, 3))}. The stack: {', '.join(skills)}."
            + f" The team is {random.randint(3, 30)} people in {random.randint(1, 5)} time zones.")
    return {"id": board * 100000 + i, "title": title, "updated_at": "2026-12-01T09:00:00Z", "first_published": "2026-11-30T09:00:00Z",
            "location": {"name": random.choice(PLACES)}, "absolute_url": f"https://jobs.example/company{board}/{i}",
            "company_name": f"Company {board} GmbH", "content": "&lt;p&gt;" + text + "&lt;/p&gt;",
            "departments": [{"id": 1, "name": "Engineering"}], "offices": []}


def build_boards():
    boards = {b: [posting(b, i) for i in range(PER_BOARD)] for b in range(BOARDS)}
    # One in ten is another board's job again: its link with tracking parameters, its company and title.
    for b in range(BOARDS):
        other = boards[(b + 1) % BOARDS]
        for i in range(0, PER_BOARD, 10):
            source = other[i + 1]
            copy = dict(boards[b][i], title=source["title"], company_name=source["company_name"], location=source["location"],
                        content=source["content"], absolute_url=source["absolute_url"] + "?utm_source=aggregator&gh_src=x")
            boards[b][i] = copy
    return {f"/v1/boards/board{b}/jobs": json.dumps({"jobs": jobs, "meta": {"total": len(jobs)}}).encode() for b, jobs in boards.items()}


class Board(http.server.BaseHTTPRequestHandler):
    payloads = {}

    def do_GET(self):
        body = self.payloads.get(self.path.split("?")[0])
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args):
        pass


def main():
    tmp = tempfile.mkdtemp(prefix="careercopilot-ingest-")
    try:
        publish(ROOT, tmp)
        Board.payloads = build_boards()
        board_port = free_port()
        server = http.server.ThreadingHTTPServer(("127.0.0.1", board_port), Board)
        threading.Thread(target=server.serve_forever, daemon=True).start()

        app_port = free_port()
        env = app_settings(tmp, app_port, Sources__Greenhouse__BaseUrl=f"http://127.0.0.1:{board_port}", Fetch__AllowPrivateNetworks="true", Ingestion__PerHostDelay="00:00:00")
        app, base = start_app(tmp, env)
        print(f"[bench] seeding {USERS} users with {SOURCES_PER_USER} sources each", file=sys.stderr)
        for u in range(USERS):
            email = f"bench{u}@example.test"
            call(base, "POST", "/api/v1/auth/register", {"email": email, "password": "correct violet stapler 42"})
            token = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": "correct violet stapler 42"})["access_token"]
            call(base, "PUT", "/api/v1/profile", {"skills": random.sample(SKILLS, 4), "preferred_locations": random.sample(PLACES, 2)}, token)
            for b in random.sample(range(BOARDS), SOURCES_PER_USER):
                call(base, "POST", "/api/v1/sources", {"type": "greenhouse", "key": f"board{b}"}, token)
        app.terminate()
        app.wait()
        shutil.copytree(f"{tmp}/data", f"{tmp}/seeded")

        results = []
        for run in range(RUNS):
            shutil.rmtree(f"{tmp}/data")
            shutil.copytree(f"{tmp}/seeded", f"{tmp}/data")
            started = time.monotonic()
            done = subprocess.run(["/usr/bin/time", "-v", "dotnet", "CareerCopilot.Web.dll", "--ingest"], cwd=f"{tmp}/app", env=env,
                                  capture_output=True, text=True)
            seconds = time.monotonic() - started
            if done.returncode != 0:
                sys.exit(f"--ingest failed:\n{done.stdout}\n{done.stderr}")
            rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024
            lines = done.stdout.strip().splitlines()
            summary = next(l for l in lines if l.startswith("Ingestion run"))
            if "could not be read" in done.stdout or "fail" in done.stdout.lower():
                print(done.stdout[-6000:], file=sys.stderr)
            print(f"[bench] run {run + 1}: {seconds:.1f} s, {rss:.0f} MB peak; {summary}", file=sys.stderr)
            results.append((seconds, rss, summary))
        server.shutdown()
        median_time = statistics.median(r[0] for r in results)
        median_rss = statistics.median(r[1] for r in results)
        print(f"| Nightly ingestion, {BOARDS * PER_BOARD:,} postings from {BOARDS} boards, {USERS} users x {SOURCES_PER_USER} sources "
              f"| {median_time:.1f} s (target < 30 s) | {median_rss:.0f} MB peak (target < 500 MB) |")
        print(results[-1][2])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
