-- wrk script: prints one machine-readable line after the run, beside wrk's own report.
-- Latencies come from wrk's histogram in microseconds; the rate is over the measured duration.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH p50_us=%d p99_us=%d requests=%d duration_us=%d rps=%.2f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    latency:percentile(50), latency:percentile(99), summary.requests, summary.duration,
    summary.requests / (summary.duration / 1e6), e.status, e.connect, e.read, e.write, e.timeout))
end
