#!/usr/bin/env python3
"""Seeds a running Career Co-Pilot for the benchmark, through its public API only.

Registers one user, adds varied jobs and applications with a few threads, then signs in twice:
through the API (a bearer token) and through the web form (the cookie a browser would hold).
Writes <out>/token and <out>/cookie (a ready "Cookie:" header value) for wrk.

Standard library only. It talks to the loopback address it is given and nothing else.
"""

import argparse
import concurrent.futures
import html.parser
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse

COMPANIES = [
    "Acme Analytics", "Northwind Traders", "Contoso Cloud", "Fabrikam Health", "Globex Energy", "Initech Software",
    "Umbrella Biotech", "Stark Robotics", "Wayne Logistics", "Tyrell Systems", "Cyberdyne Labs", "Soylent Foods",
    "Hooli", "Pied Piper", "Aperture Science", "Black Mesa Research", "Vandelay Industries", "Wonka Confectionery",
    "Oscorp Materials", "Massive Dynamic", "Gringotts Fintech", "Monarch Media", "Dunder Mifflin Paper",
    "Blue Sun Shipping", "Nakatomi Trading", "Veridian Dynamics", "Octan Fuels", "Buy n Large", "Prestige Worldwide",
    "Sirius Cybernetics", "Yoyodyne Propulsion", "Zorg Industries", "Omni Consumer Products", "Kuro Mobility",
    "Helios Solar", "Lindqvist & Berg", "Maple Leaf Payments", "Saffron Travel", "Quantum Ledger", "Tidewater Insurance",
    "Brightpath Learning", "Redwood Security", "Polaris Maps", "Juniper Retail", "Cobalt Games", "Atlas Freight",
    "Nimbus Data", "Orchid Telecom", "Granite Bank", "Lumen Diagnostics",
]

LEVELS = ["", "", "Junior ", "Senior ", "Senior ", "Staff ", "Lead ", "Principal "]
ROLES = [
    "Software Engineer", "Backend Engineer", "Frontend Engineer", "Full-Stack Developer", "Data Engineer",
    "Data Scientist", "DevOps Engineer", "Site Reliability Engineer", "Product Manager", "UX Designer",
    "QA Analyst", "Mobile Developer", "Machine Learning Engineer", "Security Engineer", "Engineering Manager",
    "Solutions Architect", "Technical Writer", "Platform Engineer", "Database Administrator", "Support Specialist",
    ".NET Developer", "Python Developer", "Cloud Architect", "Business Analyst", "Scrum Master",
]

LOCATIONS = [
    "Berlin, Germany", "Munich, Germany", "Hamburg, Germany", "Amsterdam, Netherlands", "Rotterdam, Netherlands",
    "London, United Kingdom", "Manchester, United Kingdom", "Dublin, Ireland", "Paris, France", "Lyon, France",
    "Madrid, Spain", "Barcelona, Spain", "Lisbon, Portugal", "Milan, Italy", "Geneva, Switzerland",
    "Vienna, Austria", "Stockholm, Sweden", "Copenhagen, Denmark", "Oslo, Norway", "Helsinki, Finland",
    "Warsaw, Poland", "Kraków, Poland", "Prague, Czechia", "Brussels, Belgium", "Malmö, Sweden",
    "Zürich, Switzerland", "New York, NY", "San Francisco, CA", "Austin, TX", "Seattle, WA", "Toronto, Canada",
    "Sydney, Australia", "Singapore",
]

SKILLS = [
    "C#", ".NET", "ASP.NET Core", "Entity Framework", "Java", "Spring Boot", "Kotlin", "Python", "Django", "FastAPI",
    "Go", "Rust", "C++", "C", "TypeScript", "JavaScript", "React", "Angular", "Vue", "Node.js", "Swift", "SQL", "PostgreSQL",
    "MySQL", "SQLite", "MongoDB", "Redis", "Kafka", "RabbitMQ", "Docker", "Kubernetes", "Terraform", "Ansible",
    "AWS", "Azure", "GCP", "Linux", "Git", "CI/CD", "GraphQL", "REST", "gRPC", "Pandas", "PyTorch", "TensorFlow",
    "Spark", "Airflow", "Figma", "Selenium", "Playwright", "Elasticsearch", "Prometheus",
]

ABOUT = [
    "We are a profitable, independent company of about {size} people, spread over three offices and many home desks.",
    "Our customers range from small shops to some of the largest retailers in Europe, and they stay for years.",
    "We build the tools that thousands of people open first thing every morning, so reliability is not optional.",
    "Founded by engineers, we still let the people closest to a problem decide how to solve it.",
    "We are backed by patient investors and grow at a pace that keeps the culture we care about.",
    "Our product moves real money and real goods, which is why we invest in testing, monitoring and calm releases.",
]
ROLE = [
    "You will join a cross-functional team of {team} engineers, a product manager and a designer.",
    "You will design, build and run services used by thousands of customers every day.",
    "We are a small team that ships often and owns what it builds, from the first sketch to production.",
    "You will work closely with product and design to turn fuzzy problems into simple, reliable software.",
    "Our stack is modern but boring on purpose: we prefer proven tools to fashionable ones.",
    "You will help migrate a legacy monolith to well-bounded services without stopping the business.",
    "The team owns its services end to end, including the on-call rotation, which is quiet and well documented.",
]
DUTIES = [
    "Design, build and maintain features from the first sketch to production and beyond.",
    "Review code and give kind, specific feedback; pair with colleagues on hard problems.",
    "Improve our observability: metrics, traces and alerts that wake people only when it matters.",
    "Take part in planning and help the team say no to work that does not matter.",
    "Write and keep up to date the documentation that lets the next person move fast.",
    "Own the performance of the services you build, from the database queries to the page weight.",
    "Mentor junior colleagues and help shape our engineering practices as we grow.",
    "Work with support to find the root cause of customer problems and fix them for good.",
    "Automate the boring parts of our delivery pipeline so releases stay small and frequent.",
    "Help us keep our dependencies current and our security posture strong.",
]
NEEDS = [
    "Several years of professional experience with {skill} or something close to it.",
    "Solid knowledge of {skill}, and curiosity to learn {skill2} on the job.",
    "Experience running services in production, including the unglamorous parts.",
    "A habit of writing tests and clear commit messages.",
    "Good written communication in English; German or Dutch is a plus, not a requirement.",
    "Comfort with ambiguity and the judgement to ask for help early.",
    "Familiarity with relational databases and the ability to read a query plan.",
    "Experience with distributed systems is a plus, but curiosity matters more than a checklist.",
]
PERKS = [
    "Flexible working hours and up to three days a week from home.",
    "A yearly learning budget of EUR {budget} and time to use it.",
    "30 days of paid holiday plus public holidays.",
    "A company pension plan with a generous employer contribution.",
    "Public transport pass or a bike lease, your choice.",
    "A yearly team retreat somewhere with good food and no laptops after six.",
    "Parental leave beyond the legal minimum, for every parent.",
    "A new laptop of your choice and a budget for your home office.",
]

EMAIL = "bench.user@example.com"
PASSWORD = "correct horse battery staple 42"

REMOTE = ["remote", "hybrid", "onsite"]
EMPLOYMENT = ["full_time", "full_time", "full_time", "part_time", "contract"]
EXPERIENCE = ["junior", "mid", "mid", "senior", "senior", "lead"]


class Client:
    """One keep-alive HTTP/1.1 connection per thread, to one loopback host."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.local = threading.local()

    def _connection(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            self.local.conn = conn
        return conn

    def request(self, method, path, body=None, headers=None):
        """Returns (status, response headers as a list, body bytes). Retries once on a dropped connection."""
        for attempt in range(3):
            conn = self._connection()
            try:
                conn.request(method, path, body=body, headers=headers or {})
                response = conn.getresponse()
                data = response.read()
                return response.status, response.getheaders(), data
            except (ConnectionError, http.client.HTTPException, TimeoutError):
                conn.close()
                self.local.conn = None
                if attempt == 2:
                    raise
                time.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def json(self, method, path, payload, token=None, expect=(200,)):
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        status, _, data = self.request(method, path, json.dumps(payload).encode(), headers)
        if status not in expect:
            raise RuntimeError(f"{method} {path} answered {status}: {data[:500].decode(errors='replace')}")
        return json.loads(data) if data else None


class TokenFinder(html.parser.HTMLParser):
    """Finds the antiforgery token in the sign-in form."""

    def __init__(self):
        super().__init__()
        self.token = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") == "__RequestVerificationToken" and self.token is None:
            self.token = a.get("value")


def set_cookies(headers):
    """name=value of each Set-Cookie header, attributes dropped."""
    cookies = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0].strip()
            if "=" in pair:
                k, v = pair.split("=", 1)
                cookies[k] = v
    return cookies


def describe(rng, n, company, title, stack):
    """A posting as people paste it: a few paragraphs and bullet lists, about 1.5 to 4 KB."""
    def pick(pool, low, high):
        return [line.format(size=rng.randrange(40, 900), team=rng.randint(3, 8), budget=rng.randrange(10, 30) * 100,
                            skill=rng.choice(stack), skill2=rng.choice(SKILLS))
                for line in rng.sample(pool, rng.randint(low, high))]
    parts = [
        f"{title} at {company}",
        "About us\n" + " ".join(pick(ABOUT, 2, 4)),
        "The role\n" + " ".join(pick(ROLE, 2, 5)),
        "What you will do\n" + "\n".join("- " + line for line in pick(DUTIES, 4, 8)),
        "What you bring\n" + "\n".join("- " + line for line in pick(NEEDS, 3, 7))
        + "\n- Tools you will use here: " + ", ".join(stack) + ".",
        "What we offer\n" + "\n".join("- " + line for line in pick(PERKS, 3, 7)),
        f"Reference {n:05d}. We read every application and answer within two weeks.",
    ]
    return "\n\n".join(parts)


def make_job(rng, n):
    stack = rng.sample(SKILLS, rng.randint(3, 7))
    title = (rng.choice(LEVELS) + rng.choice(ROLES)).strip()
    company = rng.choice(COMPANIES)
    job = {
        "company": company,
        "title": title,
        "location": rng.choice(LOCATIONS),
        "remote": rng.choice(REMOTE),
        "employment_type": rng.choice(EMPLOYMENT),
        "experience_level": rng.choice(EXPERIENCE),
        "tech_stack": stack,
        "description": describe(rng, n, company, title, stack),
        "url": f"https://jobs.example.com/postings/{n}",
    }
    if rng.random() < 0.6:
        low = rng.randrange(40, 110) * 1000
        job.update(salary_min=low, salary_max=low + rng.randrange(5, 40) * 1000, salary_currency="EUR", salary_period="year")
    if rng.random() < 0.2:
        job["notes"] = "Referred by a former colleague; ask about the team size."
    return job


def web_sign_in(client, email, password):
    status, headers, body = client.request("GET", "/account/login")
    if status != 200:
        raise RuntimeError(f"GET /account/login answered {status}")
    finder = TokenFinder()
    finder.feed(body.decode())
    if not finder.token:
        raise RuntimeError("no __RequestVerificationToken in the sign-in form")
    jar = set_cookies(headers)
    form = urllib.parse.urlencode({
        "Input.Email": email, "Input.Password": password, "__RequestVerificationToken": finder.token,
    })
    status, headers, body = client.request("POST", "/account/login", form.encode(), {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "; ".join(f"{k}={v}" for k, v in jar.items()),
    })
    if status != 302:
        raise RuntimeError(f"POST /account/login answered {status}, expected 302: {body[:300].decode(errors='replace')}")
    jar.update(set_cookies(headers))
    if not any(k.startswith("CareerCopilot.Auth") for k in jar):
        raise RuntimeError("the sign-in set no CareerCopilot.Auth cookie")
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def run_parallel(threads, items, work, label):
    started = time.monotonic()
    results = [None] * len(items)
    with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
        futures = {pool.submit(work, item): i for i, item in enumerate(items)}
        for future in concurrent.futures.as_completed(futures):
            results[futures[future]] = future.result()  # re-raises the first failure
    elapsed = time.monotonic() - started
    print(f"seed: {len(items)} {label} in {elapsed:.1f}s ({len(items) / elapsed:.0f}/s)", file=sys.stderr)
    return results


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:5080")
    parser.add_argument("--out", required=True, help="directory for the token and cookie files")
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--applications", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--seed", type=int, default=20261127, help="random seed, for repeatable data")
    parser.add_argument("--sign-in-only", action="store_true",
                        help="only sign in through the web form again and rewrite <out>/cookie")
    args = parser.parse_args()

    url = urllib.parse.urlsplit(args.base)
    if url.scheme != "http" or url.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("seed: --base must be a plain http loopback address")
    client = Client(url.hostname, url.port or 80)
    rng = random.Random(args.seed)

    if args.sign_in_only:
        write(f"{args.out}/cookie", web_sign_in(client, EMAIL, PASSWORD))
        return

    email, password = EMAIL, PASSWORD
    client.json("POST", "/api/v1/auth/register",
                {"email": email, "password": password, "full_name": "Bench User"}, expect=(201,))
    token = client.json("POST", "/api/v1/auth/login", {"email": email, "password": password})["access_token"]
    # A filled-in profile, so every job is scored on all three parts.
    client.json("PUT", "/api/v1/profile", {
        "skills": ["C#", ".NET", "PostgreSQL", "Docker", "Kubernetes", "Azure", "TypeScript", "React", "SQL", "Git"],
        "preferred_locations": ["Berlin", "Amsterdam", "Remote"], "experience_level": "senior"}, token)

    payloads = [make_job(rng, n) for n in range(1, args.jobs + 1)]
    jobs = run_parallel(args.threads, payloads,
                        lambda p: client.json("POST", "/api/v1/jobs", p, token, expect=(201,))["id"], "jobs")

    applied = rng.sample(jobs, min(args.applications, len(jobs)))
    applications = run_parallel(
        args.threads, applied,
        lambda job_id: client.json("POST", "/api/v1/applications", {"job_id": job_id}, token, expect=(201,))["id"],
        "applications")

    # Move some applications on, so the statuses are mixed as in real use.
    moves = []
    for application_id in applications:
        r = rng.random()
        if r < 0.25:
            moves.append((application_id, "interview"))
        elif r < 0.45:
            moves.append((application_id, "rejected"))
        elif r < 0.50:
            moves.append((application_id, "offer"))
        elif r < 0.53:
            moves.append((application_id, "withdrawn"))
    run_parallel(args.threads, moves,
                 lambda m: client.json("PUT", f"/api/v1/applications/{m[0]}", {"status": m[1]}, token),
                 "status changes")

    write(f"{args.out}/token", token)
    write(f"{args.out}/cookie", web_sign_in(client, email, password))
    print(f"seed: signed in as {email}; token and cookie written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
