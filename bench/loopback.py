"""What the benchmark scripts share: publishing and starting the app, a free loopback port, and a JSON call to the app on
loopback (never a proxy)."""
import json, os, socket, subprocess, sys, time, urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})})
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request, timeout=60) as response:
        text = response.read()
        return json.loads(text) if text else None


def publish(root, tmp):
    """The app in Release, into tmp/app."""
    print("[bench] publishing", file=sys.stderr)
    subprocess.run(["dotnet", "publish", f"{root}/CareerCopilot.Web", "-c", "Release", "-o", f"{tmp}/app", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)


def app_settings(tmp, port, **extra):
    """What every benchmark runs the app with (Production, its own data directory, no schedule, sign-in limits out of the
    way, quiet logs, on loopback), plus the benchmark's own settings as environment variables."""
    return dict(os.environ, ASPNETCORE_ENVIRONMENT="Production", DataDirectory=f"{tmp}/data", Scheduler__Enabled="false",
                RateLimits__SignInPerMinute="100000", RateLimits__SignUpPerMinute="100000",
                ASPNETCORE_URLS=f"http://127.0.0.1:{port}", Logging__LogLevel__Default="Warning", **extra)


def start_app(tmp, env):
    """Starts the published app with env and waits until it answers its health check; returns the process and its base URL."""
    base = env["ASPNETCORE_URLS"]
    app = subprocess.Popen(["dotnet", "CareerCopilot.Web.dll"], cwd=f"{tmp}/app", env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            call(base, "GET", "/api/v1/health")
            break
        except Exception:
            time.sleep(0.5)
    return app, base
