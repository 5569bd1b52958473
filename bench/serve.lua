-- wrk script for bench/serve.sh: every request is a GET of a path drawn at random from the
-- file named by $MARSAD_PATHS (one path per line, repeated to weight the mix); `done`
-- prints one JSON line with requests/s, latency percentiles and the error counts.
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local paths = {}

function init(args)
  for line in io.lines(os.getenv("MARSAD_PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(1000 + (seed or 0))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests": %d, "seconds": %.2f, "rps": %.1f, "p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, ' ..
    '"max_ms": %.3f, "errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1e3,
    latency:percentile(90) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3,
    e.connect, e.read, e.write, e.status, e.timeout))
end
