#!/usr/bin/env python3
"""Digest benchmark: the morning briefings of N users (default 1,000), each with new matches, to an SMTP sink on loopback.

Publishes the app in Release, signs N users up through the API in a time zone where it is now between 08:00 and 11:59
(an Etc/GMT zone picked from the clock), gives each five jobs that scored against their skills and marks those jobs
as arrived from a board (the morning briefing only speaks of jobs that came by themselves) and their addresses as
confirmed (mail leaves the machine only for those), then times `--digests`
(the digest run, once) against a minimal SMTP server on loopback that counts what it receives, and prints the wall
time of the run as the app measured it and of the whole process.

    python3 bench/digests.py           # 1,000 users
    BENCH_USERS=50 python3 bench/digests.py

The digest run is timed BENCH_RUNS times (default 3) over the same users, each from no digest sent; the median is last.

Only ever talks to 127.0.0.1.
"""
import datetime, os, random, re, shutil, socketserver, sqlite3, statistics, subprocess, sys, tempfile, threading, time

from loopback import app_settings, call, free_port, publish, start_app

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
USERS = int(os.environ.get("BENCH_USERS", "1000"))
JOBS_PER_USER = 5
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
random.seed(11)

SKILLS = ["C#", ".NET", "Python", "Java", "Go", "TypeScript", "React", "PostgreSQL", "Kubernetes", "Docker", "AWS", "Terraform"]
TITLES = ["Backend Engineer", "Frontend Engineer", "Data Engineer", "Platform Engineer", "Site Reliability Engineer"]
PLACES = ["Berlin", "London", "Lisbon", "Amsterdam", "Remote"]


class Smtp(socketserver.StreamRequestHandler):
    """Just enough SMTP for MailKit without TLS: greets, says yes, takes the data, counts the message."""
    received = 0
    lock = threading.Lock()

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 sink.localhost ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.reply("250 sink.localhost")
            elif verb == b"DATA":
                self.reply("354 go on")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                with Smtp.lock:
                    Smtp.received += 1
                self.reply("250 queued")
            elif verb == b"QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


def morning_zone():
    """An IANA zone where it is 09:xx now (or 08:xx when 09:00 is out of range): the morning window is open there."""
    hour = datetime.datetime.now(datetime.timezone.utc).hour
    for local in (9, 10, 8, 11):
        offset = (local - hour + 12) % 24 - 12
        if -12 <= offset <= 14:
            return f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}" if offset else "UTC"
    return "UTC"


def main():
    tmp = tempfile.mkdtemp(prefix="careercopilot-digests-")
    try:
        publish(ROOT, tmp)
        smtp_port = free_port()
        sink = socketserver.ThreadingTCPServer(("127.0.0.1", smtp_port), Smtp)
        sink.daemon_threads = True
        threading.Thread(target=sink.serve_forever, daemon=True).start()

        app_port = free_port()
        env = app_settings(tmp, app_port, App__BaseUrl="https://careers.example.test", Smtp__Host="127.0.0.1", Smtp__Port=str(smtp_port), Smtp__UseTls="false")
        app, base = start_app(tmp, env)
        zone = morning_zone()
        print(f"[bench] seeding {USERS} users in {zone} with {JOBS_PER_USER} jobs each", file=sys.stderr)
        for u in range(USERS):
            email = f"bench{u}@example.test"
            call(base, "POST", "/api/v1/auth/register", {"email": email, "password": "correct violet stapler 42"})
            token = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": "correct violet stapler 42"})["access_token"]
            skills = random.sample(SKILLS, 4)
            call(base, "PUT", "/api/v1/profile", {"full_name": f"Bench Person {u}", "skills": skills, "preferred_locations": random.sample(PLACES, 2),
                                                 "experience_level": "senior", "time_zone": zone, "evening_digest": False}, token)
            for j in range(JOBS_PER_USER):
                call(base, "POST", "/api/v1/jobs", {"company": f"Company {j}", "title": random.choice(TITLES), "location": random.choice(PLACES),
                                                   "tech_stack": random.sample(SKILLS, 3)}, token)
        app.terminate()
        app.wait()
        # Jobs typed in through the API are the user's own; the briefing speaks of jobs that arrived from a board. Mail
        # leaves the machine only for confirmed addresses: the users count as having clicked the link sign-up mailed them.
        with sqlite3.connect(f"{tmp}/data/careercopilot.db") as db:
            db.execute("UPDATE Jobs SET Source = 'Scraped'")
            db.execute("UPDATE AspNetUsers SET EmailConfirmed = 1")
        runs = []
        for attempt in range(RUNS):
            # Each run starts from no digest sent, so each sends all of them.
            with sqlite3.connect(f"{tmp}/data/careercopilot.db") as db:
                db.execute("DELETE FROM DigestSends")
            Smtp.received = 0
            print(f"[bench] running the morning digests ({attempt + 1} of {RUNS})", file=sys.stderr)
            started = time.perf_counter()
            done = subprocess.run(["dotnet", "CareerCopilot.Web.dll", "--digests"], cwd=f"{tmp}/app", env=env, capture_output=True, text=True, check=True)
            wall = time.perf_counter() - started
            summary = next((line for line in done.stdout.splitlines() if line.startswith("Digest run:")), done.stdout.strip())
            run = re.search(r"in ([0-9.]+) s", summary)
            print(summary)
            with sqlite3.connect(f"{tmp}/data/careercopilot.db") as db:
                for (error, count) in db.execute("SELECT Error, COUNT(*) FROM DigestSends WHERE Status = 'Failed' GROUP BY Error LIMIT 3"):
                    print(f"  {count} failed: {error}")
            print(f"users {USERS}  mails received {Smtp.received}  run {run.group(1) if run else '?'} s  process wall time {wall:.2f} s")
            runs.append((float(run.group(1)) if run else float("nan"), wall))
        print(f"median of {RUNS} runs: run {statistics.median(r for r, _ in runs):.2f} s  process wall time {statistics.median(w for _, w in runs):.2f} s")
        sink.shutdown()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
